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
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Unstemmed words of everything, for the "Did you mean" vocabulary.</summary>
    public const string Words = "words";

    /// <summary>Title above keywords above summary above body.</summary>
    public static readonly (string Field, float Boost)[] Weighted =
    [
        (Title, 8f),
        (Keywords, 4f),
        (Summary, 2f),
        (Body, 1f),
    ];
}
