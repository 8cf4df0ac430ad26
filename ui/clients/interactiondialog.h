#pragma once

#include "clients/contactperson.h"
#include "interactions/interaction.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Records a call, meeting, e-mail, SMS or note with the client.
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    InteractionDialog(const Interaction &interaction, const QList<ContactPerson> &contacts,
                      QWidget *parent = nullptr);
    Interaction interaction() const;

    static QString typeText(Interaction::Type type);
    static QIcon typeIcon(Interaction::Type type);

private:
    Interaction m_interaction;
    QComboBox *m_type;
    QDateTimeEdit *m_time;
    QSpinBox *m_minutes;
    QComboBox *m_contact;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QLineEdit *m_result;
};
