#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

// When a reminder goes off: some minutes before the task's due time or the
// event's start ("-15m", "-1h", "-2d", "-0m"), or at an exact time (ISO 8601).
struct ReminderSpec
{
    Q_DECLARE_TR_FUNCTIONS(ReminderSpec)

public:
    bool isOffset = true;
    int offsetMinutes = 0; // before the start, when isOffset
    QDateTime at;          // UTC, otherwise

    static ReminderSpec before(int minutes) { return {true, minutes, {}}; }
    static ReminderSpec exactly(const QDateTime &time) { return {false, 0, time.toUTC()}; }
    // The command line's form; a time without a zone is local.
    static std::optional<ReminderSpec> parse(const QString &text, QString *error = nullptr);
    QString toText() const; // "-15m" or the UTC time
};
