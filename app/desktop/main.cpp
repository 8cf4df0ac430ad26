#include "backup/databaserecovery.h"
#include "calendar/clock.h"
#include "common/apptheme.h"
#include "common/messenger.h"
#include "db/database.h"
#include "mainwindow/desktopsession.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
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
    const QCommandLineOption restoreOption(
        QStringLiteral("restore-dialog"),
        QApplication::translate("main", "Open File → Restore from backup at start."));
    parser.addOption(restoreOption);
    parser.process(app);

    Messenger messenger;
    Database db(parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath());
    SystemClock clock;
    if (!DatabaseRecovery(db, messenger, clock).open())
        return 3;
    DesktopSession session(db, messenger, clock);
    session.start();
    MainWindow &window = *session.window();
    if (parser.isSet(sectionOption))
        window.openSection(parser.value(sectionOption));
    if (parser.isSet(dealOption))
        window.openDeal(parser.value(dealOption).toLongLong());
    if (parser.isSet(restoreOption))
        QTimer::singleShot(0, &window, [&window] {
            window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        });

    if (parser.isSet(shotOption)) {
        const QString path = parser.value(shotOption);
        // The Restore dialog is a window of its own: it is grabbed instead.
        QTimer::singleShot(1500, &app, [path, &session] {
            QWidget *modal = QApplication::activeModalWidget();
            QWidget *top = modal ? modal : session.window();
            const bool saved = top && top->grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    const int code = app.exec();
    // A screenshot run is no working session worth a backup.
    if (!parser.isSet(shotOption))
        session.backUpAtExit();
    return code;
}
