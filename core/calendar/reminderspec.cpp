#include "reminderspec.h"

#include "zonedtime.h"

#include <QRegularExpression>

std::optional<ReminderSpec> ReminderSpec::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    static const QRegularExpression offset(QStringLiteral("^-(\\d{1,6})([mhd])$"));
    const QRegularExpressionMatch m = offset.match(t);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0);
        const int minutes = unit == QLatin1Char('m')   ? n
                            : unit == QLatin1Char('h') ? n * 60
                                                       : n * 1440;
        return before(minutes);
    }
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (at.isValid() && t.size() > 10)
        return exactly(at);
    if (error)
        *error = tr("The reminder \"%1\" is neither an offset before the start (-15m, -1h, -1d) "
                    "nor a date and time (2026-12-01T09:00).")
                     .arg(text);
    return std::nullopt;
}

QString ReminderSpec::toText() const
{
    if (!isOffset)
        return ZonedTime::utcText(at);
    if (offsetMinutes > 0 && offsetMinutes % 1440 == 0)
        return QStringLiteral("-%1d").arg(offsetMinutes / 1440);
    if (offsetMinutes > 0 && offsetMinutes % 60 == 0)
        return QStringLiteral("-%1h").arg(offsetMinutes / 60);
    return QStringLiteral("-%1m").arg(offsetMinutes);
}
