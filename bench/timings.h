#pragma once

#include <QList>

// What a run of timed queries adds up to, in milliseconds.
struct Timings
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;

    // Nearest-rank percentiles, so every figure is a time that was measured.
    static Timings of(QList<double> samples);
};

// The process's peak resident memory so far (VmHWM), in MB.
double peakRssMb();
