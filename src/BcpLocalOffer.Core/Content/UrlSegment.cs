using System.Text;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.Content;

/// <summary>The rules for the readable, stable part of a page's URL (lowercase words and hyphens).</summary>
public static partial class UrlSegment
{
    public const int MaxLength = 80;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidPattern();

    public static bool IsValid(string? segment) =>
        !string.IsNullOrEmpty(segment) && segment.Length <= MaxLength && ValidPattern().IsMatch(segment);

    /// <summary>Turns a page name into a segment: "Children's continuing care" → "childrens-continuing-care".</summary>
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c is not '\'' and not '’' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        var segment = builder.ToString();
        return segment.Length <= MaxLength ? segment : segment[..MaxLength].TrimEnd('-');
    }
}
