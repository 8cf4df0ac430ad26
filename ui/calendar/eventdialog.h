#pragma once

#include "calendar/event.h"
#include "calendar/reminderspec.h"

#include <QDialog>
#include <optional>

class ClientRepository;
class Database;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;
class RepeatRuleEditor;

// The event's card: title, start and end or all-day, location, the client
// with one of its contact persons and deals, attendees among the client's
// contact persons, a reminder, a repeat rule and a description. For one
// occurrence of a series only its start and end can change (that is what
// an exception keeps); the rest belongs to the series.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    EventDialog(const Database &db, const ClientRepository &clients, QWidget *parent = nullptr);

    void setEvent(const Event &event, const std::optional<ReminderSpec> &reminder);
    // Only the times of one occurrence are edited.
    void setOccurrenceOnly(bool on);
    Event event() const;
    std::optional<ReminderSpec> reminder() const;
    // The client, as a picker would set it (tests, and the Choose button).
    void setClient(qint64 clientId);

    void accept() override;

private:
    void fillLinks();
    void updateEnabled();
    void chooseClient();

    const Database &m_db;
    const ClientRepository &m_clients;
    Event m_event;
    bool m_occurrenceOnly = false;
    QLineEdit *m_title;
    QCheckBox *m_allDay;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_location;
    QLabel *m_client;
    QToolButton *m_chooseClient;
    QToolButton *m_clearClient;
    QComboBox *m_contact;
    QComboBox *m_deal;
    QListWidget *m_attendees;
    QComboBox *m_reminder;
    QDateTimeEdit *m_reminderAt;
    RepeatRuleEditor *m_repeat;
    QPlainTextEdit *m_description;
    QLabel *m_problem;
};
