#include "money.h"

#include <QRegularExpression>

std::optional<qint64> Money::parse(const QString &text)
{
    QString t = text.trimmed();
    // Thousands separators people type or paste: spaces of every kind, apostrophes.
    t.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{2009}\\x{202F}']")));
    static const QRegularExpression form(QStringLiteral("^(-?)(\\d{1,15})(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 minor = m.captured(2).toLongLong() * 100;
    const QString cents = m.captured(3);
    if (!cents.isEmpty())
        minor += cents.size() == 1 ? cents.toInt() * 10 : cents.toInt();
    return m.captured(1).isEmpty() ? minor : -minor;
}

QString Money::toPlain(qint64 minor)
{
    const qint64 a = minor < 0 ? -minor : minor;
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) +
           QLatin1Char('.') + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::symbol(const QString &currency)
{
    if (currency == QLatin1String("RUB"))
        return QStringLiteral("₽");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    return currency;
}

QString Money::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const qint64 a = minor < 0 ? -minor : minor;
    QString number = locale.toString(a / 100);
    number += locale.decimalPoint() + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    if (minor < 0)
        number.prepend(locale.negativeSign());
    return tr("%1 %2", "amount and currency sign").arg(number, symbol(currency));
}
