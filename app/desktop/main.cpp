#include "backup/databaserecovery.h"
#include "calendar/clock.h"
#include "common/apptheme.h"
#include "common/messenger.h"
#include "db/database.h"
#include "mainwindow/desktopsession.h"
#include "mainwindow/mainwindow.h"
#include "settings/apptranslations.h"
#include "settings/firstrunwizard.h"
#include "settings/localsettings.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {

// The command line; its texts translated, so made after the translators.
struct Options
{
    QCommandLineParser parser;
    const QCommandLineOption db{QStringLiteral("db"),
                                QCoreApplication::translate("main", "Database file to open."),
                                QStringLiteral("FILE")};
    const QCommandLineOption shot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a screenshot of the window to FILE and quit."),
        QStringLiteral("FILE")};
    const QCommandLineOption section{
        QStringLiteral("section"),
        QCoreApplication::translate(
            "main",
            "Open the section NAME: clients, deals, tasks, assigned, check, calendar, mailings, "
            "reports, archive, or the report funnel, losses, interactions, efficiency, channels or "
            "abc."),
        QStringLiteral("NAME")};
    const QCommandLineOption deal{
        QStringLiteral("deal"), QCoreApplication::translate("main", "Open the deal with this id."),
        QStringLiteral("ID")};
    const QCommandLineOption firstRun{
        QStringLiteral("first-run"),
        QCoreApplication::translate("main", "Walk through the first-start questions again.")};
    const QCommandLineOption restore{
        QStringLiteral("restore-dialog"),
        QCoreApplication::translate("main", "Open File → Restore from backup at start.")};

    Options()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop CRM"));
        parser.addHelpOption();
        parser.addVersionOption();
        for (const QCommandLineOption &o : {db, shot, section, deal, firstRun, restore})
            parser.addOption(o);
        parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("main",
                                        "A .csv or .vcf file to open in the import wizard."),
            QStringLiteral("[FILE]"));
    }
};

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationName(QStringLiteral("clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
}

// --help and --version are answered on a terminal, with no display to open.
bool asksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"})
            if (qstrcmp(argv[i], flag) == 0)
                return true;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (asksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        // Read only: printing the options writes no settings file.
        AppTranslations::install(LocalSettings::language());
        Options options;
        options.parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Clientele"));
    QApplication::setDesktopFileName(QStringLiteral("ru.clientele.Clientele"));
    LocalSettings::migrate();
    AppTheme::apply();
    AppTranslations::install(LocalSettings::language());
    Options options;
    QCommandLineParser &parser = options.parser;
    parser.process(app);

    Messenger messenger;
    Database db(parser.isSet(options.db) ? parser.value(options.db) : Database::defaultPath());
    SystemClock clock;
    if (!DatabaseRecovery(db, messenger, clock).open())
        return 3;
    DesktopSession session(db, messenger, clock);
    int shotCode = -1;
    if (parser.isSet(options.shot)) {
        const QString path = parser.value(options.shot);
        // A dialog open at start (the first-run wizard, Restore) is grabbed instead.
        QTimer::singleShot(1500, &app, [path, &session, &shotCode] {
            QWidget *modal = QApplication::activeModalWidget();
            QWidget *top = modal ? modal : session.window();
            shotCode = top && top->grab().save(path) ? 0 : 1;
            QApplication::exit(shotCode);
        });
    }
    // The file manager's "Open with Clientele" on a .csv or .vcf.
    QString importFile =
        parser.positionalArguments().isEmpty() ? QString() : parser.positionalArguments().first();
    FirstRunWizard::Start begin = FirstRunWizard::Start::Empty;
    if (parser.isSet(options.firstRun) || FirstRunWizard::isDue(db)) {
        FirstRunWizard wizard(db, messenger);
        if (!importFile.isEmpty())
            wizard.offerImport(importFile);
        const bool finished = wizard.exec() == QDialog::Accepted;
        if (shotCode >= 0)
            return shotCode;
        if (finished) {
            begin = wizard.start();
            importFile = begin == FirstRunWizard::Start::Import ? wizard.importFile() : QString();
        }
    }
    session.start();
    MainWindow &window = *session.window();
    if (parser.isSet(options.section))
        window.openSection(parser.value(options.section));
    if (parser.isSet(options.deal))
        window.openDeal(parser.value(options.deal).toLongLong());
    if (begin == FirstRunWizard::Start::Demo)
        QTimer::singleShot(0, &window, [&window] { window.loadDemoData(); });
    if (!importFile.isEmpty())
        QTimer::singleShot(0, &window,
                           [&window, importFile] { window.openImportWizard(importFile); });
    if (parser.isSet(options.restore))
        QTimer::singleShot(0, &window, [&window] {
            window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        });

    const int code = app.exec();
    // A screenshot run is no working session worth a backup.
    if (!parser.isSet(options.shot))
        session.backUpAtExit();
    return code;
}
