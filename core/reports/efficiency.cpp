#include "efficiency.h"

std::optional<double> Efficiency::Row::winRate() const
{
    return closed ? std::optional<double>(double(won) / double(closed)) : std::nullopt;
}

std::optional<qint64> Efficiency::Row::averageDeal() const
{
    return won ? std::optional<qint64>((wonAmount + won / 2) / won) : std::nullopt;
}

std::optional<double> Efficiency::Row::averageCycleDays() const
{
    return won ? std::optional<double>(wonCycleDays / double(won)) : std::nullopt;
}
