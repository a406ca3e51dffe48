namespace BcpLocalOffer.Core.Analytics;

/// <summary>The days a report covers, both ends included, and the months they touch.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Ten years: longer than anyone reports on, short enough that a typo cannot ask for centuries.</summary>
    public const int MaxDays = 3660;

    /// <summary>The first day of each month in the period, oldest first.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
            {
                months.Add(month);
            }

            return months;
        }
    }

    /// <summary>The twelve months to today: from the first of the month eleven months ago.</summary>
    public static ReportPeriod TwelveMonthsTo(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today);

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
