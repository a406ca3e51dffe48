namespace BcpLocalOffer.Core.Analytics;

/// <summary>
/// Which way a monthly count is going, by the least-squares line through the months, so one odd
/// month does not decide it. "Flat" when the line moves by less than 1 a month or there are
/// fewer than two months to compare.
/// </summary>
public readonly record struct MonthlyTrend(double ChangePerMonth)
{
    public static MonthlyTrend Of(IReadOnlyList<int> counts)
    {
        var n = counts.Count;
        if (n < 2)
        {
            return new MonthlyTrend(0);
        }

        var meanX = (n - 1) / 2.0;
        var meanY = counts.Average();
        double covariance = 0, variance = 0;
        for (var x = 0; x < n; x++)
        {
            covariance += (x - meanX) * (counts[x] - meanY);
            variance += (x - meanX) * (x - meanX);
        }

        return new MonthlyTrend(covariance / variance);
    }

    public bool IsRising => ChangePerMonth >= 1;

    public bool IsFalling => ChangePerMonth <= -1;

    /// <summary>In words, for the dashboard and CSV: "Rising, about 12 more a month".</summary>
    public string Describe() =>
        IsRising ? $"Rising, about {Math.Round(ChangePerMonth):0} more a month"
        : IsFalling ? $"Falling, about {Math.Round(-ChangePerMonth):0} fewer a month"
        : "Flat";
}
