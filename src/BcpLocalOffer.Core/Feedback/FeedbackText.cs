namespace BcpLocalOffer.Core.Feedback;

/// <summary>Rules for what people type: any language, emoji or symbol is fine; control characters are not.</summary>
public static class FeedbackText
{
    /// <summary>
    /// True when the text holds a control character other than tab and new lines. PostgreSQL
    /// refuses NUL in text, and the others are never typed by a person; refusing them with a
    /// message is better than storing something one database accepts and the other does not.
    /// </summary>
    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));

    /// <summary>A public path to store with a page answer: local, without query or fragment, or null if it is not one.</summary>
    public static string? PagePath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > FeedbackLimits.PagePathLength || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal)
            || path.StartsWith("/\\", StringComparison.Ordinal) || HasControlCharacters(path) || path.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var end = path.IndexOfAny(['?', '#']);
        return end < 0 ? path : path[..end];
    }
}
