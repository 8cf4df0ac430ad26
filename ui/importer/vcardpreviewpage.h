#pragma once

#include <QWizardPage>

struct ImportSetup;
class FileCheck;
class ProblemNotice;
class QLabel;
class QTableWidget;

// The first cards of a vCard file as they will be read; a broken file blocks Next.
class VCardPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewCards = 50;

    VCardPreviewPage(ImportSetup &setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showCheck();

    ImportSetup &m_setup;
    QTableWidget *m_table;
    ProblemNotice *m_problem;
    QLabel *m_checkLabel;
    FileCheck *m_check;
    bool m_readable = false;
};
