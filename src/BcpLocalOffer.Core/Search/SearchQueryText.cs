using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.Search;

/// <summary>Rules for the words typed into the search box.</summary>
public static partial class SearchQueryText
{
    [GeneratedRegex(@"[^\s@]+@[^\s@]+")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\d[\d\s\-]{4,}\d")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Trims, collapses spaces and removes control characters.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cleaned = new string(text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) || char.IsWhiteSpace(c)).ToArray());
        return Whitespace().Replace(cleaned, " ").Trim();
    }

    /// <summary>
    /// What may be kept in the log of searches: people sometimes type an email address or a phone
    /// or NHS number into a search box, and those must not be stored.
    /// </summary>
    public static string ForLog(string text)
    {
        var redacted = LongNumber().Replace(EmailAddress().Replace(text, "[email]"), "[number]").ToLowerInvariant();
        return redacted.Length <= SearchRequest.MaxTextLength ? redacted : redacted[..SearchRequest.MaxTextLength];
    }
}
