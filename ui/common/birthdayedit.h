#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

// A birthday: a date, "not set", or a day and month whose year is not known
// (stored with ContactPerson::NoYear, as phones' address books do).
class BirthdayEdit : public QWidget
{
    Q_OBJECT

public:
    explicit BirthdayEdit(QWidget *parent = nullptr);

    QDate birthday() const { return m_value; }
    // Shows the value without emitting edited().
    void setBirthday(QDate birthday);

Q_SIGNALS:
    void edited(QDate birthday);

private:
    void showValue();
    void fromWidgets();

    QDateEdit *m_date;
    QCheckBox *m_noYear;
    QDate m_value;
};
