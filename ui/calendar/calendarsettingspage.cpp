#include "calendarsettingspage.h"

#include "common/problemlabel.h"
#include "common/uiformat.h"
#include "reminderchoices.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
const QString kStart = QStringLiteral("calendar.work_start");
const QString kEnd = QStringLiteral("calendar.work_end");
const QString kReminder = QStringLiteral("calendar.default_reminder");
const QString kFormat = QStringLiteral("HH:mm");
} // namespace

CalendarSettingsPage::CalendarSettingsPage(const Database &db, QWidget *parent)
    : SettingsPage(parent), m_db(db), m_start(new QTimeEdit(this)), m_end(new QTimeEdit(this)),
      m_reminder(new QComboBox(this)), m_problem(new ProblemLabel(this))
{
    setObjectName(QStringLiteral("calendarSettingsPage"));
    m_start->setObjectName(QStringLiteral("workStartTimeEdit"));
    m_end->setObjectName(QStringLiteral("workEndTimeEdit"));
    m_reminder->setObjectName(QStringLiteral("defaultReminderComboBox"));
    m_problem->setObjectName(QStringLiteral("workingHoursProblemLabel"));
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(UiFormat::timeFormat());

    SettingsRepository settings(m_db);
    const BusinessSettings business(settings);
    m_start->setTime(QTime::fromString(business.value(kStart), kFormat));
    m_end->setTime(QTime::fromString(business.value(kEnd), kFormat));
    ReminderChoices::fill(m_reminder);
    const QString reminder = business.value(kReminder);
    ReminderChoices::select(m_reminder, reminder == QLatin1String("none") ? ReminderChoices::kNone
                                                                          : reminder.toInt());

    auto *note = new QLabel(tr("The calendar shades the hours outside the working day and starts "
                               "new events and \"tomorrow morning\" reminders at its start. "
                               "Saved in the database, for everyone who opens it."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Working day &starts at:"), m_start);
    form->addRow(tr("Working day &ends at:"), m_end);
    form->addRow(tr("&Reminder of a new event:"), m_reminder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
}

bool CalendarSettingsPage::apply()
{
    if (m_start->time() >= m_end->time()) {
        m_problem->showProblem(tr("The working day must end after it starts."));
        return false;
    }
    const int reminder = m_reminder->currentData().toInt();
    SettingsRepository settings(m_db);
    BusinessSettings business(settings);
    QString error;
    if (!business.setValue(kStart, m_start->time().toString(kFormat), &error) ||
        !business.setValue(kEnd, m_end->time().toString(kFormat), &error) ||
        !business.setValue(
            kReminder, reminder < 0 ? QStringLiteral("none") : QString::number(reminder), &error)) {
        m_problem->showProblem(error);
        return false;
    }
    m_problem->hide();
    return true;
}
