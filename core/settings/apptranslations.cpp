#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace {
QTranslator *s_qt = nullptr;
QTranslator *s_own = nullptr;

QLocale localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}
} // namespace

void AppTranslations::install(const QString &code)
{
    for (QTranslator **t : {&s_qt, &s_own}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt.release();
        QCoreApplication::installTranslator(s_qt);
    }
    // Languages without a catalogue get English, with its plural forms.
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("clientele"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("clientele_en"), QStringLiteral(":/i18n"))) {
        s_own = own.release();
        QCoreApplication::installTranslator(s_own);
    }
}

QString AppTranslations::effective(const QString &code)
{
    return localeFor(code).language() == QLocale::Russian ? QStringLiteral("ru")
                                                          : QStringLiteral("en");
}
