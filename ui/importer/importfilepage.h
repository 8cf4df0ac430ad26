#pragma once

#include <QWizardPage>

struct ImportSetup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The file to import and what kind it is (from the extension, overridable).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportSetup &setup, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void pathChanged();
    void browse();

    ImportSetup &m_setup;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_kind;
    QLabel *m_problem;
};
