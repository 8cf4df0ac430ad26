#include "repeatrule.h"

#include "zoneoffsets.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <libical/ical.h>

namespace {

icalrecurrencetype_frequency toIcal(RepeatRule::Frequency f)
{
    switch (f) {
    case RepeatRule::Frequency::Daily:
        return ICAL_DAILY_RECURRENCE;
    case RepeatRule::Frequency::Weekly:
        return ICAL_WEEKLY_RECURRENCE;
    case RepeatRule::Frequency::Monthly:
        return ICAL_MONTHLY_RECURRENCE;
    case RepeatRule::Frequency::Yearly:
        return ICAL_YEARLY_RECURRENCE;
    case RepeatRule::Frequency::None:
        break;
    }
    return ICAL_NO_RECURRENCE;
}

// libical counts weekdays from Sunday = 1, Qt from Monday = 1.
short icalDay(Qt::DayOfWeek d)
{
    return short(d == Qt::Sunday ? 1 : int(d) + 1);
}

Qt::DayOfWeek qtDay(icalrecurrencetype_weekday d)
{
    return d == ICAL_SUNDAY_WEEKDAY ? Qt::Sunday : Qt::DayOfWeek(int(d) - 1);
}

icaltimetype floating(QDate date, QTime time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    return t;
}

// Without COUNT and UNTIL: occurrences() applies those itself, in local
// dates, which also lets it skip ahead to the range asked for.
icalrecurrencetype icalRule(const RepeatRule &rule)
{
    icalrecurrencetype r;
    icalrecurrencetype_clear(&r);
    r.freq = toIcal(rule.frequency);
    r.interval = short(std::max(1, rule.interval));
    r.week_start = ICAL_MONDAY_WEEKDAY;
    QList<Qt::DayOfWeek> days = rule.weekDays;
    std::sort(days.begin(), days.end());
    int i = 0;
    if (rule.frequency == RepeatRule::Frequency::Weekly) {
        for (Qt::DayOfWeek d : days)
            r.by_day[i++] = icalDay(d);
    }
    r.by_day[i] = ICAL_RECURRENCE_ARRAY_MAX;
    return r;
}

const QStringList kSupportedParts = {QStringLiteral("FREQ"),  QStringLiteral("INTERVAL"),
                                     QStringLiteral("BYDAY"), QStringLiteral("COUNT"),
                                     QStringLiteral("UNTIL"), QStringLiteral("WKST")};

} // namespace

std::optional<RepeatRule> RepeatRule::fromRrule(const QString &rrule, QString *error)
{
    QString text = rrule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6);
    if (text.isEmpty())
        return RepeatRule();
    auto refuse = [&](const QString &message) -> std::optional<RepeatRule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // The parts the forms cannot show are refused by name rather than lost.
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char('='), 1).trimmed().toUpper();
        if (!kSupportedParts.contains(key))
            return refuse(tr("The repeat rule \"%1\" uses %2, which is not supported: only daily, "
                             "weekly on chosen days, monthly and yearly rules with an interval, a "
                             "count or an end date are.")
                              .arg(rrule, key));
        if (key == QLatin1String("WKST") && value != QLatin1String("MO"))
            return refuse(tr("The repeat rule \"%1\" starts its weeks on %2; only Monday (MO) is "
                             "supported.")
                              .arg(rrule, value));
    }
    const QByteArray utf8 = text.toUpper().toUtf8();
    icalerror_clear_errno();
    const icalrecurrencetype r = icalrecurrencetype_from_string(utf8.constData());
    if (r.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return refuse(tr("The repeat rule \"%1\" is not understood: it needs FREQ=DAILY, WEEKLY, "
                         "MONTHLY or YEARLY and valid values.")
                          .arg(rrule));
    }
    RepeatRule rule;
    switch (r.freq) {
    case ICAL_DAILY_RECURRENCE:
        rule.frequency = Frequency::Daily;
        break;
    case ICAL_WEEKLY_RECURRENCE:
        rule.frequency = Frequency::Weekly;
        break;
    case ICAL_MONTHLY_RECURRENCE:
        rule.frequency = Frequency::Monthly;
        break;
    case ICAL_YEARLY_RECURRENCE:
        rule.frequency = Frequency::Yearly;
        break;
    default:
        return refuse(tr("The repeat rule \"%1\" repeats more often than daily, which is not "
                         "supported.")
                          .arg(rrule));
    }
    if (r.interval < 1)
        return refuse(tr("The repeat rule \"%1\" has an interval below 1.").arg(rrule));
    rule.interval = r.interval;
    rule.count = std::max(0, r.count);
    if (!icaltime_is_null_time(r.until))
        rule.until = QDate(r.until.year, r.until.month, r.until.day);
    for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (rule.frequency != Frequency::Weekly)
            return refuse(tr("The repeat rule \"%1\" chooses days of the week for a rule that is "
                             "not weekly, which is not supported.")
                              .arg(rrule));
        if (icalrecurrencetype_day_position(r.by_day[i]) != 0)
            return refuse(tr("The repeat rule \"%1\" names a numbered weekday (such as 2MO), which "
                             "is not supported.")
                              .arg(rrule));
        const Qt::DayOfWeek d = qtDay(icalrecurrencetype_day_day_of_week(r.by_day[i]));
        if (!rule.weekDays.contains(d))
            rule.weekDays.append(d);
    }
    std::sort(rule.weekDays.begin(), rule.weekDays.end());
    if (rule.count > 0 && rule.until.isValid())
        return refuse(tr("The repeat rule \"%1\" has both COUNT and UNTIL; RFC 5545 allows only "
                         "one.")
                          .arg(rrule));
    return rule;
}

QString RepeatRule::toRrule() const
{
    if (isNone())
        return {};
    icalrecurrencetype r = icalRule(*this);
    r.count = count > 0 ? count : 0;
    if (until.isValid() && count <= 0) {
        r.until = icaltime_null_date();
        r.until.year = until.year();
        r.until.month = until.month();
        r.until.day = until.day();
        r.until.is_date = 1;
    }
    r.week_start = ICAL_NO_WEEKDAY; // the default, Monday: not written
    char *text = icalrecurrencetype_as_string_r(&r);
    const QString result = QString::fromUtf8(text);
    icalmemory_free_buffer(text);
    return result;
}

QString RepeatRule::describe() const
{
    const QLocale locale;
    QString text;
    switch (frequency) {
    case Frequency::None:
        return tr("Does not repeat");
    case Frequency::Daily:
        text = interval == 1 ? tr("Every day") : tr("Every %n days", nullptr, interval);
        break;
    case Frequency::Weekly: {
        text = interval == 1 ? tr("Every week") : tr("Every %n weeks", nullptr, interval);
        QList<Qt::DayOfWeek> days = weekDays;
        std::sort(days.begin(), days.end());
        QStringList names;
        for (Qt::DayOfWeek d : days)
            names << locale.dayName(d, QLocale::ShortFormat);
        if (!names.isEmpty())
            text = tr("%1 on %2").arg(text, names.join(QLatin1String(", ")));
        break;
    }
    case Frequency::Monthly:
        text = interval == 1 ? tr("Every month") : tr("Every %n months", nullptr, interval);
        break;
    case Frequency::Yearly:
        text = interval == 1 ? tr("Every year") : tr("Every %n years", nullptr, interval);
        break;
    }
    if (count > 0)
        text = count == 1 ? tr("%1, once").arg(text) : tr("%1, %n times", nullptr, count).arg(text);
    else if (until.isValid())
        text = tr("%1, until %2").arg(text, locale.toString(until, QLocale::ShortFormat));
    return text;
}

QList<QDateTime> RepeatRule::occurrences(const QDateTime &start, const QDateTime &from,
                                         const QDateTime &to, int limit) const
{
    QList<QDateTime> out;
    if (!start.isValid() || limit <= 0 || (to.isValid() && to <= from))
        return out;
    // A valid start before the range is emitted only when it is in it.
    auto take = [&](const QDateTime &occurrence) {
        if (to.isValid() && occurrence >= to)
            return false;
        if (!from.isValid() || occurrence >= from)
            out.append(occurrence);
        return out.size() < limit;
    };
    if (isNone()) {
        take(start);
        return out;
    }
    const QTimeZone zone = start.timeZone();
    const QDate startDate = start.date();
    const QTime startTime = start.time();
    if (until.isValid() && startDate > until)
        return out;
    if (!take(start))
        return out;

    icalrecur_iterator *it =
        icalrecur_iterator_new(icalRule(*this), floating(startDate, startTime));
    if (!it)
        return out;
    // Without a count, libical jumps straight to the range (keeping the
    // interval's phase); a day early, so no occurrence near a DST change is lost.
    if (count <= 0 && from.isValid()) {
        const QDateTime fromLocal = from.toTimeZone(zone).addDays(-1);
        if (fromLocal > start)
            icalrecur_iterator_set_start(it, floating(fromLocal.date(), fromLocal.time()));
    }
    int n = 1;
    const QDateTime startLocal(startDate, startTime, Qt::UTC);
    ZoneOffsets offsets(zone); // the zone asked once per stretch between its transitions
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it)) {
        const QDate date(t.year, t.month, t.day);
        const QTime time(t.hour, t.minute, t.second);
        if (QDateTime(date, time, Qt::UTC) <= startLocal)
            continue; // the start itself, already taken
        if (until.isValid() && date > until)
            break;
        if (count > 0 && n >= count)
            break;
        ++n;
        if (!take(offsets.fromLocal(date, time)))
            break;
    }
    icalrecur_iterator_free(it);
    return out;
}

std::optional<QDateTime> RepeatRule::nextAfter(const QDateTime &start, const QDateTime &after) const
{
    const QList<QDateTime> next = occurrences(start, after.addMSecs(1), QDateTime(), 1);
    if (next.isEmpty())
        return std::nullopt;
    return next.first();
}
