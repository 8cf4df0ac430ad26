#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace {
QTranslator *s_qt = nullptr;
QTranslator *s_own = nullptr;
QString s_folder = QStringLiteral(":/i18n");

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
    if (own->load(locale, QStringLiteral("clientele"), QStringLiteral("_"), s_folder) ||
        own->load(QStringLiteral("clientele_en"), s_folder)) {
        s_own = own.release();
        QCoreApplication::installTranslator(s_own);
    }
}

void AppTranslations::setCatalogueFolder(const QString &folder)
{
    s_folder = folder;
}
