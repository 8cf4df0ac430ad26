#include "dealitem.h"

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
