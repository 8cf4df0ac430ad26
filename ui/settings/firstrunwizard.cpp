#include "firstrunwizard.h"

#include "clients/clientlistquery.h"
#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "common/problemlabel.h"
#include "db/database.h"
#include "db/transaction.h"
#include "documents/companyprofile.h"
#include "documents/companyrepository.h"
#include "people/currentuser.h"
#include "settings/apptranslations.h"
#include "settings/localsettings.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
// What a proposal's header needs first; the bank and the rest wait for Settings.
const char *const kCompanyKeys[] = {"name", "inn", "address", "phone", "email", "director"};
} // namespace

FirstRunWizard::FirstRunWizard(const Database &db, Messenger &messenger, QWidget *parent)
    : QWizard(parent), m_db(db), m_messenger(messenger),
      m_emptyBase(ClientRepository(db).count(ClientListQuery()) == 0),
      m_languageBefore(LocalSettings::language())
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/clientele.svg")).pixmap(48, 48));
    setPage(LanguagePage, createLanguagePage());
    setPage(CompanyPage, createCompanyPage());
    setPage(UserPage, createUserPage());
    setPage(StartPage, createStartPage());
    retranslate();
    resize(640, 480);
}

bool FirstRunWizard::isDue(const Database &db)
{
    return !LocalSettings::firstRunDone() && ClientRepository(db).count(ClientListQuery()) == 0;
}

QWizardPage *FirstRunWizard::createLanguagePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("languageWizardPage"));
    m_languages = new QButtonGroup(page);
    m_system = new QRadioButton(page);
    m_system->setObjectName(QStringLiteral("systemLanguageRadioButton"));
    m_english = new QRadioButton(QStringLiteral("English"), page);
    m_english->setObjectName(QStringLiteral("englishRadioButton"));
    m_russian = new QRadioButton(QStringLiteral("Русский"), page);
    m_russian->setObjectName(QStringLiteral("russianRadioButton"));
    auto *layout = new QVBoxLayout(page);
    for (QRadioButton *b : {m_system, m_english, m_russian}) {
        m_languages->addButton(b);
        layout->addWidget(b);
    }
    layout->addStretch(1);
    const QString saved = LocalSettings::language();
    (saved == QLatin1String("en")   ? m_english
     : saved == QLatin1String("ru") ? m_russian
                                    : m_system)
        ->setChecked(true);
    // The rest of the wizard, and the window after it, speak the language chosen.
    connect(m_languages, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            AppTranslations::install(chosenLanguage());
    });
    return page;
}

QWizardPage *FirstRunWizard::createCompanyPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("companyWizardPage"));
    auto *form = new QFormLayout;
    const CompanyProfile profile = CompanyRepository(m_db).profile();
    for (const char *key : kCompanyKeys) {
        auto *edit = new QLineEdit(profile.value(QLatin1String(key)), page);
        edit->setObjectName(QLatin1String(key) + QStringLiteral("LineEdit"));
        auto *label = new QLabel(page);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_companyFields.append({label, edit});
        m_companyKeys << QLatin1String(key);
    }
    m_companyNote = new ProblemLabel(page);
    m_companyNote->setObjectName(QStringLiteral("companyProblemLabel"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_companyNote);
    layout->addStretch(1);
    return page;
}

QWizardPage *FirstRunWizard::createUserPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("userWizardPage"));
    m_userName = new QLineEdit(CurrentUser::suggestion(), page);
    m_userName->setObjectName(QStringLiteral("userNameLineEdit"));
    m_userLabel = new QLabel(page);
    m_userLabel->setBuddy(m_userName);
    m_userProblem = new ProblemLabel(page);
    m_userProblem->setObjectName(QStringLiteral("userProblemLabel"));
    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_userName);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_userProblem);
    layout->addStretch(1);
    return page;
}

QWizardPage *FirstRunWizard::createStartPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("startWizardPage"));
    m_starts = new QButtonGroup(page);
    m_empty = new QRadioButton(page);
    m_empty->setObjectName(QStringLiteral("emptyRadioButton"));
    m_demo = new QRadioButton(page);
    m_demo->setObjectName(QStringLiteral("demoRadioButton"));
    m_import = new QRadioButton(page);
    m_import->setObjectName(QStringLiteral("importRadioButton"));
    m_starts->addButton(m_empty, int(Start::Empty));
    m_starts->addButton(m_demo, int(Start::Demo));
    m_starts->addButton(m_import, int(Start::Import));
    m_empty->setChecked(true);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFileLineEdit"));
    m_file->setClearButtonEnabled(true);
    m_browse = new QPushButton(page);
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_fileProblem = new ProblemLabel(page);
    m_fileProblem->setObjectName(QStringLiteral("importFileProblemLabel"));
    auto *file = new QHBoxLayout;
    file->setContentsMargins(24, 0, 0, 0);
    file->addWidget(m_file, 1);
    file->addWidget(m_browse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_empty);
    layout->addWidget(m_demo);
    layout->addWidget(m_import);
    layout->addLayout(file);
    layout->addWidget(m_fileProblem);
    layout->addStretch(1);

    const auto updateFile = [this] {
        m_file->setEnabled(m_import->isChecked());
        m_browse->setEnabled(m_import->isChecked());
    };
    updateFile();
    connect(m_import, &QRadioButton::toggled, this, updateFile);
    connect(m_file, &QLineEdit::textEdited, m_import, [this] { m_import->setChecked(true); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Contacts to import"), m_file->text(),
                                         tr("Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    return page;
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Welcome to Clientele"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Start working"));
    setButtonText(QWizard::CancelButton, tr("S&kip"));

    QWizardPage *language = page(LanguagePage);
    language->setTitle(tr("Welcome to Clientele"));
    language->setSubTitle(tr("A few questions before the first start; every answer can be changed "
                             "later in Settings. First, the language of the program:"));
    const QString system = QLocale::system().nativeLanguageName();
    m_system->setText(system.isEmpty() ? tr("As the system")
                                       : tr("As the system (%1)").arg(system));

    QWizardPage *company = page(CompanyPage);
    company->setTitle(tr("Your company"));
    company->setSubTitle(tr("For the header of commercial proposals. Leave it empty if you like: "
                            "the bank details and the logo are in Settings › Our company."));
    for (int i = 0; i < m_companyFields.size(); ++i) {
        const CompanyProfile::Field *f = CompanyProfile::field(m_companyKeys.at(i));
        m_companyFields.at(i).first->setText(CompanyProfile::tr(f->label) + QLatin1Char(':'));
    }

    QWizardPage *user = page(UserPage);
    user->setTitle(tr("Who works here"));
    user->setSubTitle(tr("The tasks you give and the deals you lead are in this name; colleagues "
                         "can be added later in Settings › People."));
    m_userLabel->setText(tr("Your &name:"));

    QWizardPage *start = page(StartPage);
    start->setTitle(tr("How to begin"));
    start->setSubTitle(tr("The base is empty. Begin with:"));
    m_empty->setText(tr("&An empty base"));
    m_demo->setText(tr("&Demo data to look around: 300 clients with deals, tasks and a calendar"));
    m_import->setText(tr("&Contacts from a file: CSV from Excel, Outlook or Google, or vCard"));
    m_file->setPlaceholderText(tr("The file to import"));
    m_file->setAccessibleName(tr("File to import"));
    m_browse->setText(tr("Bro&wse…"));
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

QString FirstRunWizard::chosenLanguage() const
{
    if (m_english->isChecked())
        return QStringLiteral("en");
    if (m_russian->isChecked())
        return QStringLiteral("ru");
    return {};
}

void FirstRunWizard::offerImport(const QString &path)
{
    m_import->setChecked(true);
    m_file->setText(path);
}

FirstRunWizard::Start FirstRunWizard::start() const
{
    return Start(m_starts->checkedId());
}

QString FirstRunWizard::importFile() const
{
    return m_file->text().trimmed();
}

int FirstRunWizard::nextId() const
{
    // A base with clients in it needs no beginning.
    if (currentId() == UserPage && !m_emptyBase)
        return -1;
    return QWizard::nextId();
}

bool FirstRunWizard::saveCompany(bool keep, QString *error)
{
    CompanyRepository companies(m_db);
    CompanyProfile profile = companies.profile();
    for (int i = 0; i < m_companyFields.size(); ++i)
        profile.setValue(m_companyKeys.at(i), m_companyFields.at(i).second->text().trimmed());
    // Checked by the repository's own rules; rolled back unless kept.
    Transaction t(m_db.connection());
    return companies.save(profile, error) && (!keep || t.commit(error));
}

bool FirstRunWizard::validateCurrentPage()
{
    QString error;
    if (currentId() == CompanyPage && !saveCompany(false, &error)) {
        m_companyNote->showProblem(error);
        return false;
    }
    if (currentId() == UserPage && m_userName->text().simplified().isEmpty()) {
        m_userProblem->showProblem(
            tr("Say who works at this computer: new tasks are given in this name."));
        return false;
    }
    if (currentId() == StartPage && m_import->isChecked()) {
        const QFileInfo file(importFile());
        if (importFile().isEmpty() || !file.isFile() || !file.isReadable()) {
            m_fileProblem->showProblem(importFile().isEmpty()
                                           ? tr("Choose the file to import.")
                                           : tr("%1 cannot be read.").arg(importFile()));
            return false;
        }
    }
    for (QLabel *problem : {m_companyNote, m_userProblem, m_fileProblem})
        problem->hide();
    return QWizard::validateCurrentPage();
}

void FirstRunWizard::accept()
{
    if (!validateCurrentPage())
        return;
    QString error;
    if (!saveCompany(true, &error) ||
        CurrentUser::adopt(m_db, m_userName->text().simplified(), &error).isEmpty()) {
        m_messenger.error(this, tr("Cannot save the answers"), error);
        return;
    }
    LocalSettings::setLanguage(chosenLanguage());
    LocalSettings::setFirstRunDone();
    QWizard::accept();
}

void FirstRunWizard::reject()
{
    // Skipped: as before, and not asked again.
    if (chosenLanguage() != m_languageBefore)
        AppTranslations::install(m_languageBefore);
    LocalSettings::setFirstRunDone();
    QWizard::reject();
}
