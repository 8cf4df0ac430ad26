#include "channels.h"

std::optional<double> Channels::Campaign::roi() const
{
    return cost > 0 ? std::optional<double>(double(revenue - cost) / double(cost)) : std::nullopt;
}

std::optional<qint64> Channels::Campaign::costPerWon() const
{
    return cost > 0 && won > 0 ? std::optional<qint64>((cost + won / 2) / won) : std::nullopt;
}
