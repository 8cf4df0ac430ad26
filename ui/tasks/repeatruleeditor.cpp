#include "repeatruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
enum End
{
    Never,
    Until,
    Count
};
} // namespace

RepeatRuleEditor::RepeatRuleEditor(QWidget *parent)
    : QWidget(parent), m_frequency(new QComboBox(this)), m_interval(new QSpinBox(this)),
      m_unit(new QLabel(this)), m_days(new QWidget(this)), m_end(new QComboBox(this)),
      m_until(new QDateEdit(this)), m_count(new QSpinBox(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("repeatRuleEditor"));
    m_frequency->setObjectName(QStringLiteral("repeatFrequencyComboBox"));
    m_interval->setObjectName(QStringLiteral("repeatIntervalSpinBox"));
    m_end->setObjectName(QStringLiteral("repeatEndComboBox"));
    m_until->setObjectName(QStringLiteral("repeatUntilDateEdit"));
    m_count->setObjectName(QStringLiteral("repeatCountSpinBox"));
    m_frequency->addItem(tr("Does not repeat"), int(RepeatRule::Frequency::None));
    m_frequency->addItem(tr("Daily"), int(RepeatRule::Frequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(RepeatRule::Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(RepeatRule::Frequency::Monthly));
    m_frequency->addItem(tr("Yearly"), int(RepeatRule::Frequency::Yearly));
    m_interval->setRange(1, 99);
    m_interval->setPrefix(tr("every "));
    m_end->addItem(tr("for ever"), Never);
    m_end->addItem(tr("until"), Until);
    m_end->addItem(tr("times"), Count);
    m_until->setCalendarPopup(true);
    m_until->setDate(QDate::currentDate().addMonths(3));
    m_count->setRange(1, 999);
    m_count->setValue(10);
    m_summary->setObjectName(QStringLiteral("repeatSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false);

    auto *days = new QHBoxLayout(m_days);
    days->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), m_days);
        box->setObjectName(QStringLiteral("repeatDay%1CheckBox").arg(d));
        m_dayBoxes << box;
        days->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RepeatRuleEditor::ruleChanged);
    }
    days->addStretch();

    auto *first = new QHBoxLayout;
    first->addWidget(m_frequency);
    first->addWidget(m_interval);
    first->addWidget(m_unit);
    first->addStretch();
    auto *end = new QHBoxLayout;
    end->addWidget(m_end);
    end->addWidget(m_until);
    end->addWidget(m_count);
    end->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addWidget(m_days);
    layout->addLayout(end);
    layout->addWidget(m_summary);

    auto changed = [this] {
        updateVisibility();
        Q_EMIT ruleChanged();
    };
    connect(m_frequency, &QComboBox::currentIndexChanged, this, changed);
    connect(m_interval, &QSpinBox::valueChanged, this, changed);
    connect(m_end, &QComboBox::currentIndexChanged, this, changed);
    connect(m_until, &QDateEdit::dateChanged, this, changed);
    connect(m_count, &QSpinBox::valueChanged, this, changed);
    connect(this, &RepeatRuleEditor::ruleChanged, this,
            [this] { m_summary->setText(rule().describe()); });
    updateVisibility();
}

RepeatRule RepeatRuleEditor::rule() const
{
    RepeatRule r;
    r.frequency = RepeatRule::Frequency(m_frequency->currentData().toInt());
    if (r.isNone())
        return r;
    r.interval = m_interval->value();
    if (r.frequency == RepeatRule::Frequency::Weekly)
        for (int i = 0; i < m_dayBoxes.size(); ++i)
            if (m_dayBoxes.at(i)->isChecked())
                r.weekDays << Qt::DayOfWeek(Qt::Monday + i);
    const int end = m_end->currentData().toInt();
    if (end == Until)
        r.until = m_until->date();
    else if (end == Count)
        r.count = m_count->value();
    return r;
}

void RepeatRuleEditor::setRule(const RepeatRule &rule)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_frequency), QSignalBlocker(m_interval),
                                       QSignalBlocker(m_end), QSignalBlocker(m_until),
                                       QSignalBlocker(m_count)};
    m_frequency->setCurrentIndex(m_frequency->findData(int(rule.frequency)));
    m_interval->setValue(std::max(1, rule.interval));
    for (int i = 0; i < m_dayBoxes.size(); ++i) {
        const QSignalBlocker block(m_dayBoxes.at(i));
        m_dayBoxes.at(i)->setChecked(rule.weekDays.contains(Qt::DayOfWeek(Qt::Monday + i)));
    }
    m_end->setCurrentIndex(rule.until.isValid() ? Until : rule.count > 0 ? Count : Never);
    if (rule.until.isValid())
        m_until->setDate(rule.until);
    if (rule.count > 0)
        m_count->setValue(rule.count);
    updateVisibility();
    m_summary->setText(rule.describe());
}

void RepeatRuleEditor::updateVisibility()
{
    const auto f = RepeatRule::Frequency(m_frequency->currentData().toInt());
    const bool repeats = f != RepeatRule::Frequency::None;
    m_unit->setText(f == RepeatRule::Frequency::Daily     ? tr("day(s)")
                    : f == RepeatRule::Frequency::Weekly  ? tr("week(s)")
                    : f == RepeatRule::Frequency::Monthly ? tr("month(s)")
                                                          : tr("year(s)"));
    m_interval->setVisible(repeats);
    m_unit->setVisible(repeats);
    m_days->setVisible(f == RepeatRule::Frequency::Weekly);
    m_end->setVisible(repeats);
    m_until->setVisible(repeats && m_end->currentData().toInt() == Until);
    m_count->setVisible(repeats && m_end->currentData().toInt() == Count);
    m_summary->setVisible(repeats);
}
