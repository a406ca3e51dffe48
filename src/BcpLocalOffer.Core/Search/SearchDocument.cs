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

    /// <summary>
    /// How much a word in this document's summary and text counts (1 for most): less for a
    /// glossary word's short page, whose few words would otherwise outrank the guide that explains
    /// the subject in full.
    /// </summary>
    public float TextWeight { get; init; } = 1f;

    /// <summary>
    /// Whether typing the start of the title offers this document as a suggestion. Not for a
    /// glossary word: "SALT" should be offered as a search, not as the one page that explains it.
    /// </summary>
    public bool Suggested { get; init; } = true;

    /// <summary>Words people search with that the text may not use; boosted below the title.</summary>
    public string Keywords { get; init; } = "";

    public string Summary { get; init; } = "";

    /// <summary>Plain text, no markup.</summary>
    public string Body { get; init; } = "";

    /// <summary>Age or phase, for the second filter, where it applies ("early-years", "post-16" …).</summary>
    public string? Phase { get; init; }

    /// <summary>Changes whenever anything indexed changes, so an unchanged document is not rewritten.</summary>
    public string Fingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', Type, Url, Title, TitleWeight.ToString(System.Globalization.CultureInfo.InvariantCulture), Suggested.ToString(), TextWeight.ToString(System.Globalization.CultureInfo.InvariantCulture), Keywords, Summary, Body, Phase ?? ""))))[..32];
}
