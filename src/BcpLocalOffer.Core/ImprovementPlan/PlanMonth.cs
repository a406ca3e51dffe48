using System.Globalization;

namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>
/// A start or end in the plan: a month ("2022-03"), "on-going", or not recorded (the PDF lost it).
/// Stored as the seed file writes it; this reads it.
/// </summary>
public readonly record struct PlanMonth(int Year, int Month)
{
    public const string OnGoing = "on-going";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static bool TryParse(string? text, out PlanMonth month)
    {
        month = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return false;
        }

        month = new PlanMonth(first.Year, first.Month);
        return true;
    }

    /// <summary>True for "2022-03", "on-going" and an empty value; false for anything else (a seed mistake).</summary>
    public static bool IsValid(string? text) => text is null || text == OnGoing || TryParse(text, out _);

    /// <summary>"March 2022", "On-going" or "Not recorded", for people.</summary>
    public static string Describe(string? text) =>
        text == OnGoing ? "On-going"
        : TryParse(text, out var month) ? month.FirstDay.ToString("MMMM yyyy", English)
        : "Not recorded";
}
