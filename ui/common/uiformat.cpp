#include "uiformat.h"

#include "mailing/smslength.h"

#include "deals/money.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

QString UiFormat::dateTime(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString UiFormat::timeFormat()
{
    return QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
}

QString UiFormat::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString UiFormat::dayMonthFormat()
{
    // "dd.MM.yyyy" -> "dd.MM", "M/d/yyyy" -> "M/d", "yyyy-MM-dd" -> "MM-dd".
    static const QRegularExpression year(QStringLiteral("[^dMy]*y+[^dMy]*"));
    QString format = dateFormat();
    const QRegularExpressionMatch m = year.match(format);
    if (!m.hasMatch())
        return format;
    const bool inside = m.capturedStart() > 0 && m.capturedEnd() < format.size();
    // A year between day and month keeps one separator.
    return inside ? format.replace(m.capturedStart(), m.capturedLength(),
                                   m.captured().left(m.captured().indexOf(QLatin1Char('y'))))
                  : format.remove(m.capturedStart(), m.capturedLength());
}

QString UiFormat::dateTimeFormat()
{
    return dateFormat() + QLatin1Char(' ') + timeFormat();
}

QString UiFormat::time(const QTime &time)
{
    return QLocale().toString(time, timeFormat());
}

QString UiFormat::date(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
}

QString UiFormat::relativeDate(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return {};
    const qint64 days = t.toLocalTime().date().daysTo(QDate::currentDate());
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days > 1 && days < 7)
        return tr("%n days ago", nullptr, int(days));
    return date(isoUtc);
}

QString UiFormat::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString UiFormat::wholeMoney(qint64 minor, const QString &currency)
{
    const qint64 whole = minor >= 0 ? (minor + 50) / 100 : -((-minor + 50) / 100);
    // The same order of number and sign as Money::format, in every language.
    return QCoreApplication::translate("Money", "%1 %2", "amount and currency sign")
        .arg(QLocale().toString(whole), Money::symbol(currency));
}

int UiFormat::daysSince(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid()
               ? int(std::max<qint64>(0, t.toLocalTime().date().daysTo(QDate::currentDate())))
               : 0;
}

QString UiFormat::smsLength(const QString &text)
{
    const SmsLength sms = SmsLength::of(text);
    return tr("This message: %n character(s), ", "", sms.characters) +
           tr("%n part(s) ", "", sms.parts) +
           (sms.unicode ? tr("(Cyrillic: %1 a part)") : tr("(Latin: %1 a part)")).arg(sms.perPart);
}
