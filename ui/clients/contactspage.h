#pragma once

#include "clients/client.h"

#include <QWidget>

class BirthdayEdit;
class ClientCard;
class ContactPointEditor;
class PhoneNormalizer;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The Contacts tab: the client's contact persons, one form for the selected one.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    ContactsPage(ClientCard *card, const PhoneNormalizer &phones, QWidget *parent = nullptr);
    void setClient(const Client &client);
    // The selected contact person, if saved; files dropped on the tab go there.
    qint64 currentContactId() const;

private:
    enum Field
    {
        LastName = 101,
        FirstName,
        MiddleName,
        Position,
        Notes,
        Birthday
    };
    void showContact(int index);
    void editCurrent(const std::function<void(ContactPerson &)> &change, const QString &text,
                     int mergeKey);
    void bindLine(QLineEdit *edit, Field field, QString ContactPerson::*member);

    ClientCard *m_card;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_attach;
    QWidget *m_formBox;
    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QLineEdit *m_middleName;
    QLineEdit *m_position;
    BirthdayEdit *m_birthday;
    ContactPointEditor *m_phones;
    ContactPointEditor *m_emails;
    QPlainTextEdit *m_notes;
    QCheckBox *m_emailOptOut;
    QCheckBox *m_smsOptOut;
    QPushButton *m_writeEmail;
    QPushButton *m_sendSms;
};
