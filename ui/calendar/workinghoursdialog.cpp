#include "workinghoursdialog.h"

#include "common/uiformat.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
const QString kStart = QStringLiteral("calendar.work_start");
const QString kEnd = QStringLiteral("calendar.work_end");
const QString kFormat = QStringLiteral("HH:mm");
} // namespace

WorkingHoursDialog::WorkingHoursDialog(const Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_start(new QTimeEdit(this)), m_end(new QTimeEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("workingHoursDialog"));
    setWindowTitle(tr("Working hours"));
    m_start->setObjectName(QStringLiteral("workStartTimeEdit"));
    m_end->setObjectName(QStringLiteral("workEndTimeEdit"));
    m_problem->setObjectName(QStringLiteral("workingHoursProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->hide();
    for (QTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(UiFormat::timeFormat());
        edit->setTime(QTime(0, 0));
    }

    SettingsRepository settings(m_db);
    const BusinessSettings business(settings);
    m_start->setTime(QTime::fromString(business.value(kStart), kFormat));
    m_end->setTime(QTime::fromString(business.value(kEnd), kFormat));

    auto *note = new QLabel(tr("The calendar shades the hours outside the working day and starts "
                               "new events and \"tomorrow morning\" reminders at its start. "
                               "Saved in the database, for everyone who opens it."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("&Ends at:"), m_end);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("workingHoursButtonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkingHoursDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkingHoursDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void WorkingHoursDialog::accept()
{
    if (m_start->time() >= m_end->time()) {
        m_problem->setText(tr("The working day must end after it starts."));
        m_problem->show();
        return;
    }
    SettingsRepository settings(m_db);
    BusinessSettings business(settings);
    QString error;
    if (!business.setValue(kStart, m_start->time().toString(kFormat), &error) ||
        !business.setValue(kEnd, m_end->time().toString(kFormat), &error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
