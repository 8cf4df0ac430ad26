#include "cli.h"
#include "settings/apptranslations.h"
#include "settings/localsettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {
QtMessageHandler qtHandler = nullptr;

// A QGuiApplication without a session (cron, ssh) warns that it has no
// XDG_RUNTIME_DIR and makes one itself: noise on the stderr scripts read.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Laying out a PDF needs fonts, and so a QGuiApplication; the CLI never
    // shows a window, so the offscreen platform whatever the environment says.
    std::unique_ptr<QCoreApplication> app;
    if (Cli::needsGui(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qtHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationName(QStringLiteral("clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    // The GUI's rule: the language chosen in its settings, else the system's.
    LocalSettings::migrate();
    AppTranslations::install(LocalSettings::language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
