#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// How a task or an event repeats: the subset of an RFC 5545 RRULE that the
// forms offer (daily, weekly on chosen days, monthly, yearly; an interval;
// until a date or a count). Stored as the RRULE text; expanded in the local
// time of the series' zone, so 09:00 stays 09:00 across a daylight-saving
// change.
struct RepeatRule
{
    Q_DECLARE_TR_FUNCTIONS(RepeatRule)

public:
    enum class Frequency
    {
        None,
        Daily,
        Weekly,
        Monthly,
        Yearly
    };

    Frequency frequency = Frequency::None;
    int interval = 1;
    QList<Qt::DayOfWeek> weekDays; // weekly: the chosen days; empty: the start's day
    int count = 0;                 // 0: no count
    QDate until;                   // inclusive, local; invalid: no end

    bool isNone() const { return frequency == Frequency::None; }

    // "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10"; empty text is None.
    // A rule this struct cannot hold is refused with an error naming it.
    static std::optional<RepeatRule> fromRrule(const QString &rrule, QString *error = nullptr);
    QString toRrule() const; // empty for None

    // For people: "Every 2 weeks on Mon, Wed, 10 times".
    QString describe() const;

    // The starts of the occurrences of a series that begins at `start`
    // (a date-time with its time zone), from `from` (inclusive) to `to`
    // (exclusive), at most `limit` of them. The first is `start` itself.
    QList<QDateTime> occurrences(const QDateTime &start, const QDateTime &from, const QDateTime &to,
                                 int limit = 10000) const;

    // The first occurrence strictly after `after`, if the series has one.
    std::optional<QDateTime> nextAfter(const QDateTime &start, const QDateTime &after) const;

    bool operator==(const RepeatRule &) const = default;
};
