#pragma once

#include <QList>

#include <chrono>
#include <type_traits>

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

using BenchClock = std::chrono::steady_clock;

// Milliseconds from `start` to now.
inline double msSince(BenchClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(BenchClock::now() - start).count();
}

// Runs `work` warmUp + samples times (given the run's index when it takes
// one); the timings of the last `samples` runs.
template <typename Work> Timings timedRuns(int warmUp, int samples, Work work)
{
    QList<double> measured;
    for (int i = 0; i < warmUp + samples; ++i) {
        const BenchClock::time_point start = BenchClock::now();
        if constexpr (std::is_invocable_v<Work, int>)
            work(i);
        else
            work();
        const double ms = msSince(start);
        if (i >= warmUp)
            measured << ms;
    }
    return Timings::of(measured);
}
