#pragma once

#include <QWizard>

class Database;
class Messenger;
class ProblemLabel;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The first start: the language (switched at once, the wizard's own texts
// too), our company for the proposals, the name of who works here, and how
// to begin: an empty base, demo data, or contacts from a file. Shown once,
// when nobody has used Clientele here and the base has no clients; Skip
// leaves everything as it is and does not come back. What to begin with is
// done by the main window after the wizard (start(), importFile()).
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        LanguagePage,
        CompanyPage,
        UserPage,
        StartPage
    };
    enum class Start
    {
        Empty,
        Demo,
        Import
    };

    FirstRunWizard(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    // Nobody went through it here, and the base is new.
    static bool isDue(const Database &db);

    // Opened with a file (the file manager's Open with): import it, offered first.
    void offerImport(const QString &path);
    Start start() const;
    QString importFile() const;

    int nextId() const override;
    bool validateCurrentPage() override;
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWizardPage *createLanguagePage();
    QWizardPage *createCompanyPage();
    QWizardPage *createUserPage();
    QWizardPage *createStartPage();
    void retranslate();
    QString chosenLanguage() const;
    bool saveCompany(bool keep, QString *error);

    const Database &m_db;
    Messenger &m_messenger;
    bool m_emptyBase;
    QString m_languageBefore;

    QButtonGroup *m_languages = nullptr;
    QRadioButton *m_system = nullptr;
    QRadioButton *m_english = nullptr;
    QRadioButton *m_russian = nullptr;

    ProblemLabel *m_companyNote = nullptr;
    QList<QPair<QLabel *, QLineEdit *>> m_companyFields; // by CompanyProfile field
    QStringList m_companyKeys;

    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userName = nullptr;
    ProblemLabel *m_userProblem = nullptr;

    QButtonGroup *m_starts = nullptr;
    QRadioButton *m_empty = nullptr;
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_import = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    ProblemLabel *m_fileProblem = nullptr;
};
