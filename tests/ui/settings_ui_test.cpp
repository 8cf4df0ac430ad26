// Settings: one dialog with its pages, what each writes and where, the light
// and dark palettes, and the keyboard and screen reader inside it.
#include "accessiblenames.h"
#include "windowfixture.h"

#include "calendar/calendarsection.h"
#include "calendar/calendarsettingspage.h"
#include "clients/clientlistquery.h"
#include "common/colorscheme.h"
#include "common/uiformat.h"
#include "documents/companyrepository.h"
#include "people/currentuser.h"
#include "people/personrepository.h"
#include "settings/apptranslations.h"
#include "settings/businesssettings.h"
#include "settings/firstrunwizard.h"
#include "settings/generalsettingspage.h"
#include "settings/localsettings.h"
#include "settings/settingsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
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
        AppTranslations::install(QString());
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
            for (const QString &field : unnamedFields(dialog->currentPage()))
                unnamed << dialog->pageList()->item(row)->text() + QStringLiteral(": ") + field;
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

namespace {
// On its indicator: the middle of a wide radio button is outside what it takes clicks on.
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->selectAll();
    edit->insert(text); // as typing does; QTest::keyClicks cannot type Cyrillic
}
} // namespace

TEST_CASE("The first start asks the language at once, our company, the name and how to begin",
          "[ui][settings][firstrun]")
{
    Fixture f;
    AppTranslations::setCatalogueFolder(QStringLiteral(CLIENTELE_QM_DIR));
    REQUIRE(FirstRunWizard::isDue(f.tdb.db()));
    FirstRunWizard wizard(f.tdb.db(), f.messenger);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.currentId() == FirstRunWizard::LanguagePage);
    CHECK(wizard.windowTitle() == QStringLiteral("Welcome to Clientele"));

    // Русский: the wizard speaks it from this click on, and dates follow.
    clickRadio(child<QRadioButton>(&wizard, "russianRadioButton"));
    QCoreApplication::processEvents(); // LanguageChange is posted to each window
    CHECK(wizard.windowTitle() == QStringLiteral("Добро пожаловать в Clientele"));
    CHECK(wizard.buttonText(QWizard::CancelButton) == QStringLiteral("Про&пустить"));
    CHECK(QLocale().language() == QLocale::Russian);
    wizard.next();

    REQUIRE(wizard.currentId() == FirstRunWizard::CompanyPage);
    typeInto(&wizard, "nameLineEdit", QStringLiteral("ООО «Вектор»"));
    typeInto(&wizard, "innLineEdit", QStringLiteral("1234567890"));
    wizard.next();
    // A wrong INN holds the page, with the reason under the fields.
    CHECK(wizard.currentId() == FirstRunWizard::CompanyPage);
    CHECK(child<QLabel>(&wizard, "companyProblemLabel")->isVisibleTo(&wizard));
    CHECK(child<QLabel>(&wizard, "companyProblemLabel")
              ->text()
              .contains(QStringLiteral("1234567890")));
    CHECK(CompanyRepository(f.tdb.db()).profile().name.isEmpty());
    typeInto(&wizard, "innLineEdit", QStringLiteral("7707083893"));
    wizard.next();

    REQUIRE(wizard.currentId() == FirstRunWizard::UserPage);
    typeInto(&wizard, "userNameLineEdit", QStringLiteral("  "));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::UserPage);
    CHECK(child<QLabel>(&wizard, "userProblemLabel")->isVisibleTo(&wizard));
    typeInto(&wizard, "userNameLineEdit", kAnna);
    wizard.next();

    REQUIRE(wizard.currentId() == FirstRunWizard::StartPage);
    auto *file = child<QLineEdit>(&wizard, "importFileLineEdit");
    CHECK_FALSE(file->isEnabled());
    clickRadio(child<QRadioButton>(&wizard, "importRadioButton"));
    CHECK(file->isEnabled());
    typeInto(&wizard, "importFileLineEdit", QStringLiteral("/nonexistent/contacts.csv"));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isVisible());
    CHECK(child<QLabel>(&wizard, "importFileProblemLabel")
              ->text()
              .contains(QStringLiteral("/nonexistent/contacts.csv")));
    CHECK_FALSE(LocalSettings::firstRunDone());

    clickRadio(child<QRadioButton>(&wizard, "demoRadioButton"));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.start() == FirstRunWizard::Start::Demo);
    CHECK(f.messenger.errors.isEmpty());

    CHECK(LocalSettings::firstRunDone());
    CHECK(LocalSettings::language() == QStringLiteral("ru"));
    CHECK(CurrentUser::saved() == kAnna);
    CHECK(PersonRepository(f.tdb.db()).find(kAnna));
    const CompanyProfile company = CompanyRepository(f.tdb.db()).profile();
    CHECK(company.name == QStringLiteral("ООО «Вектор»"));
    CHECK(company.inn == QStringLiteral("7707083893"));
    CHECK_FALSE(FirstRunWizard::isDue(f.tdb.db()));
}

TEST_CASE("Skip leaves everything as it was, and the first start does not come back",
          "[ui][settings][firstrun]")
{
    Fixture f;
    AppTranslations::setCatalogueFolder(QStringLiteral(CLIENTELE_QM_DIR));
    FirstRunWizard wizard(f.tdb.db(), f.messenger);
    wizard.show();
    clickRadio(child<QRadioButton>(&wizard, "russianRadioButton"));
    CHECK(QLocale().language() == QLocale::Russian);
    wizard.next();
    typeInto(&wizard, "nameLineEdit", QStringLiteral("ООО «Вектор»"));
    wizard.button(QWizard::CancelButton)->click();
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK(QLocale().language() != QLocale::Russian);
    CHECK(LocalSettings::language().isEmpty());
    CHECK(CompanyRepository(f.tdb.db()).profile().name.isEmpty());
    CHECK(LocalSettings::firstRunDone());
    CHECK_FALSE(FirstRunWizard::isDue(f.tdb.db()));
}

TEST_CASE("A base that has clients is not offered a beginning", "[ui][settings][firstrun]")
{
    Fixture f;
    Client c;
    c.kind = Client::Kind::Company;
    c.name = QStringLiteral("ООО Ромашка");
    REQUIRE(f.clients.save(c));
    // Someone else's base, opened here for the first time: not due by itself.
    CHECK_FALSE(FirstRunWizard::isDue(f.tdb.db()));
    FirstRunWizard wizard(f.tdb.db(), f.messenger);
    wizard.show();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::UserPage);
    CHECK(wizard.nextId() == -1);
    CHECK(wizard.button(QWizard::FinishButton)->isVisible());
}

// The wizard's pages and Settings in light and dark, English and Russian;
// run with CLIENTELE_SCREENSHOT_DIR set (and QT_SCALE_FACTOR=2 for 200 %).
TEST_CASE("Settings and first start screens", "[.screens]")
{
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    const auto save = [&](QWidget *w, const QString &name) {
        QApplication::processEvents();
        w->grab().save(
            QDir(shots).filePath(name + QStringLiteral("-x") + scale + QStringLiteral(".png")));
    };
    AppTranslations::setCatalogueFolder(QStringLiteral(CLIENTELE_QM_DIR));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        Fixture f;
        AppTranslations::install(language);
        {
            FirstRunWizard wizard(f.tdb.db(), f.messenger);
            wizard.show();
            REQUIRE(QTest::qWaitForWindowExposed(&wizard));
            for (int page = 0; page < 4; ++page) {
                if (page == FirstRunWizard::UserPage)
                    typeInto(&wizard, "userNameLineEdit", kAnna);
                save(&wizard, QStringLiteral("firstrun-%1-%2").arg(language).arg(page));
                wizard.next();
            }
        }
        f.openWindow(kAnna);
        for (const bool dark : {false, true}) {
            ColorScheme::apply(dark ? LocalSettings::Theme::Dark : LocalSettings::Theme::Light);
            REQUIRE(withSettings(f, "preferencesAction", [&](SettingsDialog *dialog) {
                for (int row = 0; row < dialog->pageList()->count(); ++row) {
                    dialog->pageList()->setCurrentRow(row);
                    save(dialog,
                         QStringLiteral("settings-%1-%2-%3")
                             .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                             .arg(row));
                }
            }));
            save(f.window.get(),
                 QStringLiteral("main-%1-%2")
                     .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
    }
}

TEST_CASE("Demo data, as the first start or File offers it, brings clients with deals",
          "[ui][settings][firstrun]")
{
    Fixture f;
    f.openWindow(kAnna);
    REQUIRE(f.window->loadDemoData(40));
    CHECK(f.clients.count(ClientListQuery()) == 40);
    QSqlQuery q(f.tdb.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM deals")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 20);
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Date editors follow the language's format, with four-digit years", "[ui][settings]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    CHECK(UiFormat::dateFormat() == QStringLiteral("dd.MM.yyyy"));
    CHECK(UiFormat::dayMonthFormat() == QStringLiteral("dd.MM"));
    CHECK(UiFormat::dateTimeFormat() == QStringLiteral("dd.MM.yyyy HH:mm"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(UiFormat::dateFormat() == QStringLiteral("M/d/yyyy"));
    CHECK(UiFormat::dayMonthFormat() == QStringLiteral("M/d"));
    CHECK(UiFormat::dateTimeFormat() == QStringLiteral("M/d/yyyy h:mm AP"));
    QLocale::setDefault(before);
}
