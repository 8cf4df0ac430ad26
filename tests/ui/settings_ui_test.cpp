// Settings: one dialog with its pages, what each writes and where, the light
// and dark palettes, and the keyboard and screen reader inside it.
#include "windowfixture.h"

#include "calendar/calendarsection.h"
#include "calendar/calendarsettingspage.h"
#include "common/colorscheme.h"
#include "people/currentuser.h"
#include "people/personrepository.h"
#include "settings/businesssettings.h"
#include "settings/generalsettingspage.h"
#include "settings/localsettings.h"
#include "settings/settingsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <functional>

namespace {
const QString kAnna = QStringLiteral("Анна Петрова");

// Triggers `action` and runs `look` on the Settings dialog it opens.
bool withSettings(WindowFixture &f, const char *action, std::function<void(SettingsDialog *)> look)
{
    bool seen = false;
    // Until the dialog is up: reading the keychain, the mail page spins an
    // event loop of its own while the dialog is being made.
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, qApp, answer);
            return;
        }
        seen = true;
        look(dialog);
        if (dialog->isVisible())
            dialog->reject();
    };
    QTimer::singleShot(0, qApp, answer);
    f.find<QAction>(action)->trigger();
    return seen;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void chooseData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QPushButton *button(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, "settingsButtonBox")->button(which);
}

// The settings file of this test alone, and the palette put back after.
struct Fixture : WindowFixture
{
    Fixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
        LocalSettings::migrate();
    }
    ~Fixture()
    {
        window.reset();
        QSettings().clear();
        ColorScheme::apply(LocalSettings::Theme::Light);
    }
    QTemporaryDir dir;
};
} // namespace

TEST_CASE("Settings opens on General, and OK keeps each choice where it belongs", "[ui][settings]")
{
    Fixture f;
    f.openWindow(kAnna);
    REQUIRE(withSettings(f, "preferencesAction", [&](SettingsDialog *dialog) {
        QStringList titles;
        for (int i = 0; i < dialog->pageList()->count(); ++i)
            titles << dialog->pageList()->item(i)->text();
        CHECK(titles == QStringList{QStringLiteral("General"), QStringLiteral("Our company"),
                                    QStringLiteral("Mail and SMS"),
                                    QStringLiteral("Calendar and reminders"),
                                    QStringLiteral("Backups")});
        CHECK(dialog->currentPage()->objectName() == QStringLiteral("generalSettingsPage"));
        auto *language = child<QComboBox>(dialog, "languageComboBox");
        auto *note = child<QLabel>(dialog, "restartNoteLabel");
        CHECK(language->currentData().toString().isEmpty());
        CHECK_FALSE(note->isVisibleTo(dialog));
        chooseData(language, QStringLiteral("ru"));
        CHECK(note->isVisibleTo(dialog));
        chooseData(child<QComboBox>(dialog, "themeComboBox"), int(LocalSettings::Theme::Dark));
        auto *user = child<QComboBox>(dialog, "userNameComboBox");
        CHECK(user->currentText() == kAnna);
        user->setCurrentText(QStringLiteral("Борис Новиков"));
        chooseData(child<QComboBox>(dialog, "startComboBox"),
                   int(LocalSettings::StartSection::Dashboard));
        auto *region = child<QComboBox>(dialog, "phoneRegionComboBox");
        CHECK(region->currentData().toString() == QStringLiteral("RU"));
        CHECK(region->currentText() == QStringLiteral("Россия (RU)"));
        chooseData(region, QStringLiteral("BY"));
        auto *currency = child<QComboBox>(dialog, "currencyComboBox");
        CHECK(currency->currentText() == QStringLiteral("RUB"));
        currency->setCurrentText(QStringLiteral("kzt"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(dialog->result() == QDialog::Accepted);
    }));
    CHECK(f.messenger.errors.isEmpty());

    // The person's choices in QSettings...
    CHECK(LocalSettings::language() == QStringLiteral("ru"));
    CHECK(LocalSettings::theme() == LocalSettings::Theme::Dark);
    CHECK(LocalSettings::startSection() == LocalSettings::StartSection::Dashboard);
    CHECK(CurrentUser::saved() == QStringLiteral("Борис Новиков"));
    // ...taking effect at once where they can.
    CHECK(ColorScheme::isDark(QApplication::palette()));
    CHECK(f.window->currentUser() == QStringLiteral("Борис Новиков"));
    CHECK(PersonRepository(f.tdb.db()).find(QStringLiteral("Борис Новиков")));
    CHECK(f.clients.phoneNormalizer().region() == QStringLiteral("BY"));
    // The base's in the database.
    const BusinessSettings business(f.settings);
    CHECK(business.value(QStringLiteral("phone_region")) == QStringLiteral("BY"));
    CHECK(business.value(QStringLiteral("currency")) == QStringLiteral("KZT"));

    // Opened again: what was saved; Light puts the light palette back.
    REQUIRE(withSettings(f, "preferencesAction", [&](SettingsDialog *dialog) {
        CHECK(child<QComboBox>(dialog, "languageComboBox")->currentData().toString() ==
              QStringLiteral("ru"));
        CHECK(child<QComboBox>(dialog, "userNameComboBox")->currentText() ==
              QStringLiteral("Борис Новиков"));
        chooseData(child<QComboBox>(dialog, "themeComboBox"), int(LocalSettings::Theme::Light));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    }));
    CHECK_FALSE(ColorScheme::isDark(QApplication::palette()));
}

TEST_CASE("Only the pages opened are written, and a refused one is shown with the reason",
          "[ui][settings]")
{
    Fixture f;
    f.openWindow(kAnna);
    REQUIRE(withSettings(f, "calendarSettingsAction", [&](SettingsDialog *dialog) {
        CHECK(dialog->currentPage()->objectName() == QStringLiteral("calendarSettingsPage"));
        auto *start = child<QTimeEdit>(dialog, "workStartTimeEdit");
        auto *end = child<QTimeEdit>(dialog, "workEndTimeEdit");
        start->setTime(QTime(19, 0));
        // Walk to General and back: it was opened, and is written too.
        dialog->pageList()->setCurrentRow(0);
        dialog->pageList()->setCurrentRow(3);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        CHECK(dialog->isVisible());
        CHECK(dialog->currentPage()->objectName() == QStringLiteral("calendarSettingsPage"));
        CHECK(child<QLabel>(dialog, "workingHoursProblemLabel")->text() ==
              QStringLiteral("The working day must end after it starts."));

        start->setTime(QTime(8, 0));
        end->setTime(QTime(16, 0));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        CHECK(dialog->isVisible());
        // Apply reaches the calendar on screen at once.
        CHECK(f.window->calendar()->workStart() == QTime(8, 0));
        CHECK(f.window->calendar()->workEnd() == QTime(16, 0));
    }));
    // The mail page was never opened: nothing of it was written.
    CHECK(f.settings.value(QStringLiteral("smtp.port")).isEmpty());
    CHECK(f.settings.value(QStringLiteral("phone_region")) == QStringLiteral("RU"));
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Dark follows the desktop when the settings say As the system", "[ui][settings]")
{
    Fixture f;
    const QByteArray old = qgetenv("GTK_THEME");
    // No desktop portal answers under test: the GTK theme's name decides.
    qputenv("GTK_THEME", "Adwaita:dark");
    CHECK(ColorScheme::systemPrefersDark());
    ColorScheme::apply(LocalSettings::Theme::System);
    CHECK(ColorScheme::isDark(QApplication::palette()));
    // Text stays readable on it.
    const QPalette p = QApplication::palette();
    CHECK(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 150);
    qputenv("GTK_THEME", "Adwaita");
    ColorScheme::apply(LocalSettings::Theme::System);
    CHECK_FALSE(ColorScheme::isDark(QApplication::palette()));
    ColorScheme::apply(LocalSettings::Theme::Dark);
    CHECK(ColorScheme::isDark(QApplication::palette()));
    if (old.isNull())
        qunsetenv("GTK_THEME");
    else
        qputenv("GTK_THEME", old);
}

TEST_CASE("Every field of every settings page has a name, and Tab walks General in order",
          "[ui][settings]")
{
    Fixture f;
    f.openWindow(kAnna);
    REQUIRE(withSettings(f, "preferencesAction", [&](SettingsDialog *dialog) {
        QStringList unnamed;
        for (int row = 0; row < dialog->pageList()->count(); ++row) {
            dialog->pageList()->setCurrentRow(row);
            QWidget *page = dialog->currentPage();
            for (QWidget *w : page->findChildren<QWidget *>()) {
                const bool field = qobject_cast<QAbstractButton *>(w) ||
                                   qobject_cast<QComboBox *>(w) ||
                                   (qobject_cast<QLineEdit *>(w) &&
                                    !qobject_cast<QComboBox *>(w->parentWidget()) &&
                                    !qobject_cast<QAbstractSpinBox *>(w->parentWidget())) ||
                                   qobject_cast<QAbstractSpinBox *>(w);
                if (!field || !w->isVisibleTo(page))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << dialog->pageList()->item(row)->text() + QStringLiteral(": ") +
                                   w->objectName() + QStringLiteral(" (") +
                                   QLatin1String(w->metaObject()->className()) + QLatin1Char(')');
            }
        }
        INFO(unnamed.join(QStringLiteral(", ")).toStdString());
        CHECK(unnamed.isEmpty());

        dialog->pageList()->setCurrentRow(0);
        QWidget *w = child<QComboBox>(dialog, "languageComboBox");
        QStringList order;
        for (int i = 0; i < 6; ++i) {
            order << w->objectName();
            w = w->nextInFocusChain();
            while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(dialog) || w->focusProxy())
                w = w->nextInFocusChain();
        }
        CHECK(order ==
              QStringList{QStringLiteral("languageComboBox"), QStringLiteral("themeComboBox"),
                          QStringLiteral("userNameComboBox"), QStringLiteral("startComboBox"),
                          QStringLiteral("phoneRegionComboBox"),
                          QStringLiteral("currencyComboBox")});
    }));
}
