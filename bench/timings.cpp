#include "timings.h"

#include <algorithm>
#include <cmath>

Timings Timings::of(QList<double> samples)
{
    Timings t;
    if (samples.isEmpty())
        return t;
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const auto i = qsizetype(std::ceil(p * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(i, 0, samples.size() - 1));
    };
    t.p50 = rank(0.50);
    t.p95 = rank(0.95);
    t.max = samples.last();
    return t;
}
