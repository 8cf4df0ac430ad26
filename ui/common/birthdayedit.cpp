#include "birthdayedit.h"

#include "clients/contactperson.h"
#include "uiformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace {
// The date edit's minimum stands for "not set".
const QDate kNotSet(1900, 1, 1);
// The year shown while the real one is unknown: a leap year, for 29 February.
constexpr int kShownYear = 2000;
} // namespace

BirthdayEdit::BirthdayEdit(QWidget *parent)
    : QWidget(parent), m_date(new QDateEdit(this)),
      m_noYear(new QCheckBox(tr("year unknown"), this))
{
    m_date->setObjectName(QStringLiteral("birthdayDateEdit"));
    m_noYear->setObjectName(QStringLiteral("birthdayNoYearCheckBox"));
    m_date->setMinimumDate(kNotSet);
    m_date->setSpecialValueText(tr("not set"));
    m_date->setCalendarPopup(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_noYear);
    setFocusProxy(m_date);
    connect(m_date, &QDateEdit::dateChanged, this, &BirthdayEdit::fromWidgets);
    connect(m_noYear, &QCheckBox::toggled, this, &BirthdayEdit::fromWidgets);
    showValue();
}

void BirthdayEdit::setBirthday(QDate birthday)
{
    m_value = birthday;
    showValue();
}

void BirthdayEdit::showValue()
{
    const QSignalBlocker b1(m_date), b2(m_noYear);
    const bool noYear = m_value.isValid() && m_value.year() == ContactPerson::NoYear;
    m_noYear->setChecked(noYear);
    m_date->setDisplayFormat(noYear ? UiFormat::dayMonthFormat() : UiFormat::dateFormat());
    if (!m_value.isValid())
        m_date->setDate(kNotSet);
    else
        m_date->setDate(noYear ? QDate(kShownYear, m_value.month(), m_value.day()) : m_value);
}

void BirthdayEdit::fromWidgets()
{
    const QDate shown = m_date->date();
    QDate value;
    if (shown != kNotSet)
        value = m_noYear->isChecked() ? QDate(ContactPerson::NoYear, shown.month(), shown.day())
                                      : shown;
    m_date->setDisplayFormat(m_noYear->isChecked() ? UiFormat::dayMonthFormat()
                                                   : UiFormat::dateFormat());
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT edited(value);
}
