#pragma once

#include <QDialog>

class Database;
class Messenger;
class QLabel;
class QTimeEdit;

// The working day the calendar shows unshaded and starts its days with, and
// "tomorrow morning" snoozes to: a business setting, kept in the database.
class WorkingHoursDialog : public QDialog
{
    Q_OBJECT

public:
    WorkingHoursDialog(const Database &db, QWidget *parent = nullptr);

    void accept() override;

private:
    const Database &m_db;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_problem;
};
