#include "timings.h"

#include <QFile>

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

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}
