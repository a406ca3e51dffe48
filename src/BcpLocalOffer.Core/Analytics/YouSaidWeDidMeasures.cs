namespace BcpLocalOffer.Core.Analytics;

/// <summary>
/// How "You said – We did" shows up in the numbers: entry views are page views of an entry's
/// permalink, click-throughs are clicks on links inside an entry's block, which the public page
/// marks with <c>data-analytics-context="you-said-we-did:{id}"</c>.
/// </summary>
public static class YouSaidWeDidMeasures
{
    public const string EntryPathPrefix = "/you-said-we-did/";

    public const string ContextPrefix = "you-said-we-did:";

    /// <summary>The <c>data-analytics-context</c> value of one entry's block.</summary>
    public static string ContextFor(int entryId) => ContextPrefix + entryId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for /you-said-we-did/{id} and /you-said-we-did/{id}/{slug}, not the listing.</summary>
    public static bool IsEntryPath(string path) =>
        path.StartsWith(EntryPathPrefix, StringComparison.Ordinal)
        && path.Length > EntryPathPrefix.Length
        && char.IsAsciiDigit(path[EntryPathPrefix.Length]);

    public static bool IsClickThrough(string? context) =>
        context is not null && context.StartsWith(ContextPrefix, StringComparison.Ordinal);
}
