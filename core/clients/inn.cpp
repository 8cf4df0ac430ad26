#include "inn.h"

#include <array>

namespace {
int controlDigit(const QString &inn, const int *weights, int count)
{
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += weights[i] * inn.at(i).digitValue();
    return sum % 11 % 10;
}
} // namespace

bool Inn::isValid(const QString &inn)
{
    for (QChar c : inn)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    static const std::array<int, 9> w10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const std::array<int, 10> w11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static const std::array<int, 11> w12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (inn.size() == 10)
        return controlDigit(inn, w10.data(), 9) == inn.at(9).digitValue();
    if (inn.size() == 12)
        return controlDigit(inn, w11.data(), 10) == inn.at(10).digitValue() &&
               controlDigit(inn, w12.data(), 11) == inn.at(11).digitValue();
    return false;
}
