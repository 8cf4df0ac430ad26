#pragma once

#include "io/columnmapping.h"

#include <QWizardPage>

struct ImportSetup;
class MappingMemory;
class ProblemNotice;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// One row per column of the file: its header, a few values and the client
// field it goes to. Filled from the mapping remembered for this header, else
// guessed from the header names.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        HeaderColumn,
        SampleColumn,
        FieldColumn,
        ColumnCount
    };

    MappingPage(ImportSetup &setup, MappingMemory &memory, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The combo of the file's column `column`.
    QComboBox *fieldComboBox(int column) const;
    static QString fieldTitle(ColumnMapping::Field field);

private:
    void fill();
    void setMapping(const QList<ColumnMapping::Field> &mapping);
    void updateProblem();

    ImportSetup &m_setup;
    MappingMemory &m_memory;
    QTableWidget *m_table;
    QLabel *m_remembered;
    QPushButton *m_guess;
    ProblemNotice *m_problem;
    QStringList m_shownHeader;
};
