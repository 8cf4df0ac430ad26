#include "apptheme.h"

#include "clearbuttonnames.h"
#include "colorscheme.h"
#include "plaintextlabels.h"

#include <QApplication>
#include <QIcon>
#include <QStyleFactory>

void AppTheme::apply()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("breeze"));
    ColorScheme::apply(LocalSettings::theme());
    PlainTextLabels::install();
    ClearButtonNames::install();
}
