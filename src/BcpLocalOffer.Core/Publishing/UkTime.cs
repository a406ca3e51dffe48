namespace BcpLocalOffer.Core.Publishing;

/// <summary>
/// Editors think in UK time (GMT in winter, BST in summer); the database keeps UTC. This is the
/// one place that converts between them.
/// </summary>
public static class UkTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in the UK: when families and owners decide whether a day, a month or a review date has passed.</summary>
    public static DateOnly UkToday(this TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// The UTC instant of a UK wall-clock time, or null for a time that does not exist (the hour
    /// skipped when the clocks go forward). A time that happens twice, when the clocks go back, is the first.
    /// </summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    public static string Describe(DateTime utc)
    {
        var local = ToLocal(utc);
        var suffix = Zone.IsDaylightSavingTime(local) ? "BST" : "GMT";
        return local.ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) + " " + suffix;
    }
}
