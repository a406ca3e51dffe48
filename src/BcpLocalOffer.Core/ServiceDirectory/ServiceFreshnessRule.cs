namespace BcpLocalOffer.Core.ServiceDirectory;

/// <summary>How far a family can trust a service's listing, by when its provider last checked it.</summary>
public enum ServiceFreshness
{
    /// <summary>Checked in the last 6 months.</summary>
    Current,

    /// <summary>Not checked for more than 6 months: families are told it may be out of date.</summary>
    MayBeOutOfDate,

    /// <summary>Not checked for more than 12 months: the board is told, and a council can hide it from the directory.</summary>
    Unchecked,
}

/// <summary>
/// The rule the best directory products use: a listing is as good as its last check. Six months on
/// it may be out of date; twelve months on nobody has vouched for it for a year.
/// </summary>
public static class ServiceFreshnessRule
{
    public const int MayBeOutOfDateMonths = 6;
    public const int UncheckedMonths = 12;

    /// <summary>"Past" 6 months: on the day 6 months after the check the listing is still current.</summary>
    public static ServiceFreshness Of(DateOnly checkedOn, DateOnly today) =>
        today > checkedOn.AddMonths(UncheckedMonths) ? ServiceFreshness.Unchecked
        : today > checkedOn.AddMonths(MayBeOutOfDateMonths) ? ServiceFreshness.MayBeOutOfDate
        : ServiceFreshness.Current;
}
