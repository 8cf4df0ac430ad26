#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "common/apptheme.h"
#include "common/messenger.h"
#include "db/database.h"
#include "deals/pipelinerepository.h"
#include "interactions/interactionrepository.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace {
// The language the user chose in Settings, else the system's.
void installTranslations(QApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // Languages without a catalogue get English, with its plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("clientele"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("clientele_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clientele"));
    QApplication::setApplicationName(QStringLiteral("clientele"));
    QApplication::setApplicationDisplayName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("clientele"));
    AppTheme::apply();
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Database file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the window to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QApplication::translate(
            "main",
            "Open the section NAME: clients, deals, tasks, assigned, check, calendar, mailings, "
            "reports, archive, or the report funnel, losses, interactions, efficiency, channels or "
            "abc."),
        QStringLiteral("NAME"));
    const QCommandLineOption dealOption(
        QStringLiteral("deal"), QApplication::translate("main", "Open the deal with this id."),
        QStringLiteral("ID"));
    parser.addOption(dbOption);
    parser.addOption(shotOption);
    parser.addOption(sectionOption);
    parser.addOption(dealOption);
    parser.process(app);

    Messenger messenger;
    Database db(parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath());
    QString error;
    if (!db.open(Database::Mode::ReadWrite, &error)) {
        messenger.error(nullptr, QApplication::translate("main", "Clientele cannot start"), error);
        return 3;
    }
    // A new base gets its pipeline, named in the language of the interface.
    if (!PipelineRepository(db).ensureDefaults(&error))
        messenger.error(nullptr, QApplication::translate("main", "Deals are not ready"), error);
    SettingsRepository settings(db);
    ClientRepository clients(db, PhoneNormalizer(settings.phoneRegion()));
    InteractionRepository interactions(db);
    AttachmentRepository attachments(db);
    AuditRepository audit(db);
    MainWindow window(Services{db, clients, interactions, attachments, audit, settings}, messenger);
    window.show();
    if (parser.isSet(sectionOption))
        window.openSection(parser.value(sectionOption));
    if (parser.isSet(dealOption))
        window.openDeal(parser.value(dealOption).toLongLong());

    if (parser.isSet(shotOption)) {
        const QString path = parser.value(shotOption);
        QTimer::singleShot(1500, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
