namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>The fields of the index and how much a match in each counts.</summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Source = "source";
    public const string Fingerprint = "fingerprint";
    public const string Type = "type";
    public const string Phase = "phase";
    public const string Url = "url";

    /// <summary>Stored as "no" on a document whose title is not offered as a suggestion.</summary>
    public const string Suggested = "suggested";
    /// <summary>
    /// The title, with the document's keywords (a page's navigation title, phase and area of need)
    /// as further values: they are other names for it. One field fewer to score for every page
    /// with the word typed is also a search a fifth faster.
    /// </summary>
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Unstemmed words of everything, for the "Did you mean" vocabulary.</summary>
    public const string Words = "words";

    /// <summary>Title (and keywords) above summary above body.</summary>
    public static readonly (string Field, float Boost)[] Weighted =
    [
        (Title, 8f),
        (Summary, 2f),
        (Body, 1f),
    ];
}
