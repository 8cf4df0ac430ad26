#pragma once

#include "deals/deal.h"

#include <QWidget>

class DealForm;
class MoneyEdit;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

// The deal card's main tab: who, what, where in the pipeline, how much.
class DealDetailsPage : public QWidget
{
    Q_OBJECT

public:
    DealDetailsPage(DealForm *form, QWidget *parent = nullptr);

    void setDeal(const Deal &deal);

private:
    // Merge keys: typing in one field is one undo step.
    enum Field
    {
        TitleField = 100,
        InterestField,
        NeedsField,
        SourceField,
        ResponsibleField,
        NotesField,
        AmountField,
        BudgetField,
        ProbabilityField
    };
    void bindLine(QLineEdit *edit, Field field, QString Deal::*member, const QString &what);
    void bindText(QPlainTextEdit *edit, Field field, QString Deal::*member, const QString &what);
    void loadStages(const Deal &deal);
    void loadContacts(qint64 clientId);

    DealForm *m_form;
    QFormLayout *m_formLayout;
    QLabel *m_client;
    QPushButton *m_chooseClient;
    QComboBox *m_contact;
    QLineEdit *m_title;
    QComboBox *m_stage;
    QLabel *m_result;
    QComboBox *m_kind;
    QSpinBox *m_probability;
    QLabel *m_stageProbability;
    MoneyEdit *m_amount;
    QComboBox *m_currency;
    MoneyEdit *m_budget;
    QLineEdit *m_interest;
    QPlainTextEdit *m_needs;
    QComboBox *m_source;
    QDateEdit *m_expectedClose;
    QToolButton *m_clearClose;
    QComboBox *m_responsible;
    QPlainTextEdit *m_notes;
    QLabel *m_dates;
    qint64 m_contactsOf = -1;
    qint64 m_stagesOf = -1;
};
