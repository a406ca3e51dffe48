using BcpLocalOffer.Core.Publishing;

namespace BcpLocalOffer.Core.Published;

/// <summary>What happened on the date a page's information was last known to be right.</summary>
public enum FreshnessKind
{
    /// <summary>Its owner checked the whole page (a content page's review).</summary>
    Reviewed,

    /// <summary>Something on it was published (a plan status change, a "You said – We did" entry).</summary>
    Updated,

    /// <summary>Its provider or the board confirmed it is still right (a service).</summary>
    Checked,
}

/// <summary>
/// How fresh a public page is: the line every public page ends with, in the same place and the
/// same words ("Last reviewed: 3 March 2026. This page is kept up to date by …"). Each capability
/// works out its date from its own published snapshot; the sitemap reads the same dates.
/// </summary>
public sealed record Freshness(FreshnessKind Kind, DateOnly Date, string KeptUpToDateBy)
{
    public string Verb => Kind switch
    {
        FreshnessKind.Reviewed => "reviewed",
        FreshnessKind.Checked => "checked",
        _ => "updated",
    };

    /// <summary>The UK calendar day of a moment: something published at 00:30 BST on 1 June was published on 1 June.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(UkTime.ToLocal(at.UtcDateTime));

    /// <summary>The latest of some moments as a UK day, or null when there are none.</summary>
    public static DateOnly? LatestDay(IEnumerable<DateTimeOffset?> moments) =>
        moments.Max() is { } latest ? Day(latest) : null;
}
