namespace BcpLocalOffer.Core.Search;

/// <summary>
/// What the search index holds for one findable thing (a page, a service, a plan action): the
/// Examine idea of a "value set". Every capability maps its own records to these; the indexer
/// never needs to know what a page or a service is.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Unique across all sources, e.g. "content:3f2a…".</summary>
    public required string Key { get; init; }

    /// <summary>A short machine name for the filter, e.g. "guide".</summary>
    public required string Type { get; init; }

    public required string Url { get; init; }

    public required string Title { get; init; }

    /// <summary>
    /// How much a word in this title counts against the same word in other titles (1 for most).
    /// Below 1 for titles that name the council's own work in everyday words, so a family's help
    /// page with the same words in its title still comes first.
    /// </summary>
    public float TitleWeight { get; init; } = 1f;

    /// <summary>Words people search with that the text may not use; boosted below the title.</summary>
    public string Keywords { get; init; } = "";

    public string Summary { get; init; } = "";

    /// <summary>Plain text, no markup.</summary>
    public string Body { get; init; } = "";

    /// <summary>Age or phase, for the second filter, where it applies ("early-years", "post-16" …).</summary>
    public string? Phase { get; init; }

    /// <summary>Changes whenever anything indexed changes, so an unchanged document is not rewritten.</summary>
    public string Fingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', Type, Url, Title, TitleWeight.ToString(System.Globalization.CultureInfo.InvariantCulture), Keywords, Summary, Body, Phase ?? ""))))[..32];
}
