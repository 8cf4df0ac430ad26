#include "colorscheme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QIcon>
#include <QStyle>
#include <QStyleHints>

namespace {
// 0 no preference, 1 prefer dark, 2 prefer light; -1 when no portal answers.
int portalColorScheme()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return -1;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // A missing portal answers at once; a hung one must not hold the start.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 300);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return -1;
    QVariant value = reply.arguments().constFirst();
    // Read() wraps the value in a variant, sometimes twice.
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const int scheme = value.toInt(&ok);
    return ok ? scheme : -1;
}

// What the platform gave before we changed anything: a dark desktop theme
// keeps its own colours.
const QPalette &systemPalette()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}
} // namespace

bool ColorScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool ColorScheme::systemPrefersDark()
{
    const int portal = portalColorScheme();
    if (portal == 1)
        return true;
    if (portal == 2)
        return false;
    const QString gtk = qEnvironmentVariable("GTK_THEME");
    if (gtk.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive) ||
        gtk.endsWith(QLatin1String("-dark"), Qt::CaseInsensitive))
        return true;
    return isDark(systemPalette());
}

QPalette ColorScheme::darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(128, 128, 128);
    const QColor highlight(53, 132, 228);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
    p.setColor(QPalette::ToolTipBase, QColor(20, 20, 22));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(75, 75, 78));
    p.setColor(QPalette::Midlight, QColor(62, 62, 65));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 74));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

void ColorScheme::apply(LocalSettings::Theme theme)
{
    const QPalette &system = systemPalette();
    const bool dark = theme == LocalSettings::Theme::Dark ||
                      (theme == LocalSettings::Theme::System && systemPrefersDark());
    if (dark)
        QApplication::setPalette(isDark(system) ? system : darkPalette());
    else
        QApplication::setPalette(isDark(system) ? QApplication::style()->standardPalette()
                                                : system);
    // Breeze draws dark glyphs: a dark palette gets its light-on-dark twin.
    const QString icons = QIcon::themeName();
    if (dark && icons == QLatin1String("breeze"))
        QIcon::setThemeName(QStringLiteral("breeze-dark"));
    else if (!dark && icons == QLatin1String("breeze-dark"))
        QIcon::setThemeName(QStringLiteral("breeze"));
}
