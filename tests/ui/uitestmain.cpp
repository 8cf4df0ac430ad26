#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/apptheme.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleTest"));
    QApplication::setApplicationName(QStringLiteral("clientele-ui-test"));
    AppTheme::apply();
    return Catch::Session().run(argc, argv);
}
