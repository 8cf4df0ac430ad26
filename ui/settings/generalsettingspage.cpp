#include "generalsettingspage.h"

#include "clients/phonenormalizer.h"
#include "common/colorscheme.h"
#include "common/problemlabel.h"
#include "people/currentuser.h"
#include "people/personrepository.h"
#include "settings/businesssettings.h"
#include "settings/localsettings.h"
#include "settings/settingsrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {
const QString kRegion = QStringLiteral("phone_region");
const QString kCurrency = QStringLiteral("currency");

QComboBox *combo(const char *objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    return box;
}
} // namespace

GeneralSettingsPage::GeneralSettingsPage(const Database &db, const QString &currentUser,
                                         QWidget *parent)
    : SettingsPage(parent), m_db(db), m_user(currentUser),
      m_language(combo("languageComboBox", this)), m_theme(combo("themeComboBox", this)),
      m_userName(combo("userNameComboBox", this)), m_start(combo("startComboBox", this)),
      m_region(combo("phoneRegionComboBox", this)), m_currency(combo("currencyComboBox", this)),
      m_restartNote(new QLabel(this)), m_problem(new ProblemLabel(this))
{
    setObjectName(QStringLiteral("generalSettingsPage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(LocalSettings::language())));
    m_restartNote->setObjectName(QStringLiteral("restartNoteLabel"));
    m_restartNote->setText(tr("The language changes the next time Clientele starts."));
    m_restartNote->setWordWrap(true);
    m_restartNote->hide();

    m_theme->addItem(tr("As the system"), int(LocalSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(LocalSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(LocalSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(LocalSettings::theme())));

    m_userName->setEditable(true);
    m_userName->setInsertPolicy(QComboBox::NoInsert);
    QStringList names = PersonRepository(m_db).activeNames();
    if (!names.contains(m_user, Qt::CaseInsensitive))
        names.prepend(m_user);
    m_userName->addItems(names);
    m_userName->setCurrentText(m_user);
    m_userName->setToolTip(tr("New tasks are given in this name, and My tasks shows theirs"));

    m_start->addItem(tr("Clients"), int(LocalSettings::StartSection::Clients));
    m_start->addItem(tr("Reports › Dashboard"), int(LocalSettings::StartSection::Dashboard));
    m_start->setCurrentIndex(m_start->findData(int(LocalSettings::startSection())));

    SettingsRepository settings(m_db);
    const BusinessSettings business(settings);
    fillRegions(business.value(kRegion));
    m_region->setToolTip(tr("Numbers typed without a country code (8 912 …) belong to it"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const char *code : {"RUB", "USD", "EUR", "CNY", "KZT", "BYN"})
        m_currency->addItem(QLatin1String(code));
    m_currency->setCurrentText(business.value(kCurrency));
    m_currency->lineEdit()->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));

    m_problem->setObjectName(QStringLiteral("generalProblemLabel"));

    auto *person = new QGroupBox(tr("On this computer"), this);
    auto *personForm = new QFormLayout(person);
    personForm->addRow(tr("&Language:"), m_language);
    personForm->addRow(QString(), m_restartNote);
    personForm->addRow(tr("&Appearance:"), m_theme);
    personForm->addRow(tr("&Your name:"), m_userName);
    personForm->addRow(tr("&Open at start:"), m_start);
    auto *base = new QGroupBox(tr("In this database, for everyone who opens it"), this);
    auto *baseForm = new QFormLayout(base);
    baseForm->addRow(tr("&Phone numbers without a code are from:"), m_region);
    baseForm->addRow(tr("&Currency of new deals:"), m_currency);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(person);
    layout->addWidget(base);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_language->currentData().toString() !=
                                  LocalSettings::language());
    });
}

void GeneralSettingsPage::fillRegions(const QString &current)
{
    // "Россия (RU)": the country's own name, since Qt has no translated ones.
    QList<QPair<QString, QString>> regions;
    for (const QString &code : PhoneNormalizer::supportedRegions()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        QString name = territory == QLocale::AnyTerritory
                           ? QString()
                           : QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName();
        if (name.isEmpty())
            name = QLocale::territoryToString(territory);
        regions.append(
            {name.isEmpty() ? code : name + QStringLiteral(" (") + code + QLatin1Char(')'), code});
    }
    std::sort(regions.begin(), regions.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[text, code] : regions)
        m_region->addItem(text, code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(current)));
}

bool GeneralSettingsPage::apply()
{
    const auto fail = [this](const QString &why) {
        m_problem->showProblem(why);
        return false;
    };
    SettingsRepository settings(m_db);
    BusinessSettings business(settings);
    QString error;
    if (!business.setValue(kRegion, m_region->currentData().toString(), &error) ||
        !business.setValue(kCurrency, m_currency->currentText().trimmed().toUpper(), &error))
        return fail(error);
    const QString name = m_userName->currentText().simplified();
    if (name.isEmpty())
        return fail(tr("Say who works at this computer: new tasks are given in this name."));
    if (name != m_user) {
        const QString adopted = CurrentUser::adopt(m_db, name, &error);
        if (adopted.isEmpty())
            return fail(error);
        m_user = adopted;
        Q_EMIT userChanged(m_user);
    }
    LocalSettings::setLanguage(m_language->currentData().toString());
    LocalSettings::setStartSection(LocalSettings::StartSection(m_start->currentData().toInt()));
    const auto theme = LocalSettings::Theme(m_theme->currentData().toInt());
    if (theme != LocalSettings::theme()) {
        LocalSettings::setTheme(theme);
        ColorScheme::apply(theme);
    }
    m_problem->hide();
    return true;
}
