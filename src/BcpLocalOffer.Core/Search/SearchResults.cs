namespace BcpLocalOffer.Core.Search;

public sealed record SearchResults(
    SearchRequest Request,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Phases,
    string? DidYouMean,
    bool UsedTypoTolerance)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)SearchRequest.PageSize));

    /// <summary>What the pages call the everyday words the family typed, which the search also looked for.</summary>
    public IReadOnlyList<AlsoSearchedFor> AlsoSearchedFor { get; init; } = [];
}

/// <summary>The words the pages use for something a family typed in their own words, and the area of need they belong to.</summary>
public sealed record AlsoSearchedFor(string Words, string? Area);

public sealed record SearchHit(string Title, string Url, string Type, string TypeLabel, Snippet Snippet, float Score);

public sealed record FacetCount(string Value, string Label, int Count);

public sealed record Suggestion(string Title, string Url);

/// <summary>A short extract of a result, in pieces: the matched words are the highlighted ones.</summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    public static Snippet Empty { get; } = new([]);

    public string PlainText => string.Concat(Parts.Select(p => p.Text));
}

public sealed record SnippetPart(string Text, bool Matched);
