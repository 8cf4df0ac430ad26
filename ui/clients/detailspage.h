#pragma once

#include "clients/client.h"

#include <QWidget>

class BirthdayEdit;
class ClientCard;
class ContactPointEditor;
class PhoneNormalizer;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The Details tab: the client's own fields, phones, e-mails and relations.
class DetailsPage : public QWidget
{
    Q_OBJECT

public:
    DetailsPage(ClientCard *card, const PhoneNormalizer &phones, QWidget *parent = nullptr);
    void setClient(const Client &client);
    void focusFirstField();

private:
    enum Field
    {
        Name = 1,
        LastName,
        FirstName,
        MiddleName,
        City,
        Region,
        Address,
        Source,
        Responsible,
        Tags,
        Notes,
        Phones,
        Emails
    };
    void bindLine(QLineEdit *edit, Field field, QString Client::*member, const QString &what);
    void updateKindRows(Client::Kind kind);

    ClientCard *m_card;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QLineEdit *m_middleName;
    BirthdayEdit *m_birthday;
    QLabel *m_parent;
    QPushButton *m_chooseParent;
    QPushButton *m_clearParent;
    ContactPointEditor *m_phones;
    ContactPointEditor *m_emails;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_address;
    QComboBox *m_importance;
    QLineEdit *m_source;
    QLineEdit *m_responsible;
    QLineEdit *m_tags;
    QCheckBox *m_emailOptOut;
    QCheckBox *m_smsOptOut;
    QPlainTextEdit *m_notes;
    QListWidget *m_relations;
    QPushButton *m_addRelation;
    QPushButton *m_removeRelation;
};
