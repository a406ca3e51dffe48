namespace BcpLocalOffer.Core.Search;

/// <summary>
/// A search that found nothing or little, kept so the editorial board can see what families look
/// for and cannot find. Anonymous: the words, the day and the count, nothing about who.
/// </summary>
public class SearchQueryLogEntry
{
    public long Id { get; set; }

    public string Query { get; set; } = "";

    public DateOnly Date { get; set; }

    public int ResultCount { get; set; }

    /// <summary>At or below this many results a search counts as "found little".</summary>
    public const int FewResults = 2;
}
