using System.Diagnostics;

namespace BcpLocalOffer.Benchmarks;

/// <summary>Latency percentiles of one run, in milliseconds.</summary>
internal readonly record struct LatencySummary(int Count, double P50Milliseconds, double P95Milliseconds, double P99Milliseconds)
{
    /// <param name="ticks">Stopwatch ticks, one per request; sorted in place.</param>
    public static LatencySummary FromStopwatchTicks(long[] ticks)
    {
        if (ticks.Length == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(ticks);
        return new LatencySummary(
            ticks.Length,
            Percentile(ticks, 0.50),
            Percentile(ticks, 0.95),
            Percentile(ticks, 0.99));
    }

    /// <summary>Nearest rank: the value that request, not an interpolation between two.</summary>
    private static double Percentile(long[] sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        var ticks = sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        return ticks * 1000.0 / Stopwatch.Frequency;
    }
}
