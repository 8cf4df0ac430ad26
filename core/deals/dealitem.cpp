#include "dealitem.h"

#include <QRegularExpression>

namespace {
// quantity × price × (10000 − discount) overflows 64 bits for big lines.
__extension__ using Wide = __int128;

// Half away from zero, as accountants round.
qint64 divRound(qint64 numerator, qint64 denominator)
{
    return numerator >= 0 ? (numerator + denominator / 2) / denominator
                          : -((-numerator + denominator / 2) / denominator);
}
} // namespace

qint64 DealItem::total() const
{
    const Wide gross = Wide(quantity) * price * (10000 - discount);
    const Wide denominator = 1000 * 10000;
    return qint64((gross + denominator / 2) / denominator);
}

qint64 DealItem::vat() const
{
    if (vatPercent <= 0)
        return 0;
    return divRound(total() * vatPercent, 100 + vatPercent);
}

std::optional<qint64> DealItem::parseScaled(const QString &text, int decimals)
{
    static const QRegularExpression form(QStringLiteral("^(-?)(\\d{1,12})(?:[.,](\\d+))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch() || m.captured(3).size() > decimals)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const QString fraction = m.captured(3).leftJustified(decimals, QLatin1Char('0'));
    const qint64 value =
        m.captured(2).toLongLong() * scale + (decimals ? fraction.toLongLong() : 0);
    return m.captured(1).isEmpty() ? value : -value;
}

QString DealItem::scaledToText(qint64 value, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 a = value < 0 ? -value : value;
    QString text = QString::number(a / scale);
    if (decimals > 0 && a % scale) {
        QString fraction = QStringLiteral("%1").arg(a % scale, decimals, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return value < 0 ? QLatin1Char('-') + text : text;
}
