namespace BcpLocalOffer.Core.Content.Redirects;

/// <summary>
/// The rules for a path typed into the redirects screen: a path on this site, never another site
/// (no scheme, no "//host"), so a redirect can never be used to send families elsewhere.
/// </summary>
public static class LocalPath
{
    public const int MaxLength = 512;

    /// <summary>What is wrong with the path, or null when it is a usable local path.</summary>
    public static string? Problem(string? path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"Enter the {what}";
        }

        var trimmed = path.Trim();
        if (trimmed.Length > MaxLength)
        {
            return $"The {what} must be {MaxLength} characters or fewer";
        }

        if (!trimmed.StartsWith('/') || trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.Contains('\\', StringComparison.Ordinal))
        {
            return $"The {what} must be a path on this site starting with a single /, like /short-breaks";
        }

        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || !Uri.IsWellFormedUriString(trimmed, UriKind.Relative))
        {
            return $"The {what} must not contain spaces or special characters";
        }

        return null;
    }

    /// <summary>Lower case without a trailing slash or query, as public page paths are, so one path has one spelling.</summary>
    public static string Normalise(string path)
    {
        var trimmed = path.Trim();
        var query = trimmed.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            trimmed = trimmed[..query];
        }

        trimmed = trimmed.Length > 1 ? trimmed.TrimEnd('/') : trimmed;
        return trimmed.Length == 0 ? "/" : trimmed.ToLowerInvariant();
    }
}
