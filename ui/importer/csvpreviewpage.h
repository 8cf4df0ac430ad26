#pragma once

#include <QWizardPage>

struct ImportSetup;
class FileCheck;
class ProblemNotice;
class QComboBox;
class QLabel;
class QTableWidget;

// The CSV file decoded as it will be read: encoding and delimiter (detected,
// changeable), the first rows, and any problem of the file, which blocks Next.
class CsvPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    // Rows under the header shown in the table.
    static constexpr int PreviewRows = 50;

    CsvPreviewPage(ImportSetup &setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void reload();
    void showCheck();
    void setProblem(const QString &text);
    static void select(QComboBox *combo, const QString &value, const QString &text);

    ImportSetup &m_setup;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QTableWidget *m_table;
    ProblemNotice *m_problem;
    QLabel *m_checkLabel;
    FileCheck *m_check;
    bool m_readable = false;
};
