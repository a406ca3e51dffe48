namespace BcpLocalOffer.Core.Search;

/// <summary>A family's search, as typed: the words and the filters chosen.</summary>
public sealed record SearchRequest(string Text, string? Type = null, string? Phase = null, int Page = 1)
{
    public const int MaxTextLength = 200;
    public const int PageSize = 10;
    public const int MaxPage = 100;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
