using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Content;

namespace BcpLocalOffer.Infrastructure.ContentSeed;

/// <summary>
/// Reads one seed page: front matter of simple "key: value" lines between "---" lines, then a
/// Markdown body, optionally followed by property blocks each opened by "--- property: alias ---".
/// The format is deliberately flat so that council staff can edit it in any text editor.
/// </summary>
public static partial class SeedFileParser
{
    [GeneratedRegex(@"^---\s*property:\s*(?<alias>[A-Za-z][A-Za-z0-9]*)\s*---\s*$")]
    private static partial Regex PropertyMarker();

    private static readonly HashSet<string> KnownKeys =
    [
        "key", "type", "title", "navTitle", "summary", "metaDescription", "owner", "reviewBy", "lastReviewed",
        "order", "hideFromNavigation", "slug", "covers",
    ];

    /// <summary>Parses a seed file; problems are added to <paramref name="problems"/> and null is returned.</summary>
    public static SeedPage? Parse(string treePath, string text, ICollection<string> problems, IReadOnlySet<string> owners)
    {
        var where = treePath.Length == 0 ? "index.md (home)" : treePath;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != "---")
        {
            problems.Add($"{where}: the file must start with a '---' line and front matter.");
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            problems.Add($"{where}: the front matter has no closing '---' line.");
            return null;
        }

        var before = problems.Count;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add($"{where}: front matter line {i + 1} is not 'key: value'.");
                continue;
            }

            fields[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
        }

        var (body, blocks) = SplitBlocks(lines[(end + 1)..], where, problems);

        var typeAlias = Required(fields, "type", where, problems);
        var type = typeAlias is null ? null : DocumentTypes.Find(typeAlias);
        if (typeAlias is not null && type is null)
        {
            problems.Add($"{where}: unknown type '{typeAlias}'.");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, value) in fields.Where(f => !KnownKeys.Contains(f.Key)).Concat(blocks))
        {
            var property = type?.FindProperty(alias);
            if (type is not null && property is null)
            {
                problems.Add($"{where}: '{alias}' is not a property of {type.Name}.");
            }
            else if (property?.Choices is { } choices && !choices.ContainsKey(value))
            {
                problems.Add($"{where}: '{value}' is not a valid {property.Label.ToLowerInvariant()}; use one of {string.Join(", ", choices.Keys)}.");
            }
            else if (property is not null)
            {
                properties[property.Alias] = value;
            }
        }

        // Every kind of page can say which of the law's duties it covers (checked against the list by ShippedContentSeedTests).
        if (Core.Coverage.LocalOfferCoverage.Codes(fields.GetValueOrDefault("covers")) is { Count: > 0 } duties)
        {
            properties[Core.Coverage.LocalOfferCoverage.PageProperty] = string.Join(',', duties);
        }

        foreach (var missing in type?.Properties.Where(p => p.Required && !properties.ContainsKey(p.Alias)) ?? [])
        {
            problems.Add($"{where}: {type!.Name} needs '{missing.Alias}' ({missing.Label}).");
        }

        var title = Required(fields, "title", where, problems);
        var summary = Required(fields, "summary", where, problems);
        var owner = Required(fields, "owner", where, problems);
        if (owner is not null && owners.Count > 0 && !owners.Contains(owner))
        {
            problems.Add($"{where}: owner '{owner}' is not in organisations.txt.");
        }

        var reviewBy = Date(fields, "reviewBy", where, problems);
        var lastReviewed = Date(fields, "lastReviewed", where, problems);
        var order = 0;
        if (fields.TryGetValue("order", out var orderText) && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order))
        {
            problems.Add($"{where}: order '{orderText}' is not a whole number.");
        }

        var segment = fields.GetValueOrDefault("slug") ?? (treePath.Length == 0 ? "" : treePath[(treePath.LastIndexOf('/') + 1)..]);
        if (treePath.Length > 0 && !UrlSegment.IsValid(segment))
        {
            problems.Add($"{where}: '{segment}' is not a valid URL segment (lowercase letters, digits and single hyphens).");
        }

        Guid key = SeedKeys.ForTreePath(treePath);
        if (fields.TryGetValue("key", out var keyText) && !Guid.TryParse(keyText, out key))
        {
            problems.Add($"{where}: key '{keyText}' is not a GUID.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new SeedPage
        {
            TreePath = treePath,
            Key = key,
            ParentKey = treePath.Length == 0 ? null : SeedKeys.ForTreePath(ParentTreePath(treePath)),
            DocumentTypeAlias = type!.Alias,
            UrlSegment = segment,
            SortOrder = order,
            Title = title!,
            NavigationTitle = fields.GetValueOrDefault("navTitle"),
            Summary = summary!,
            MetaDescription = fields.GetValueOrDefault("metaDescription") ?? summary!,
            Owner = owner!,
            ReviewBy = reviewBy,
            LastReviewed = lastReviewed,
            HideFromNavigation = string.Equals(fields.GetValueOrDefault("hideFromNavigation"), "true", StringComparison.OrdinalIgnoreCase),
            Body = body,
            Properties = properties,
            Hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
    }

    public static string ParentTreePath(string treePath)
    {
        var slash = treePath.LastIndexOf('/');
        return slash < 0 ? "" : treePath[..slash];
    }

    private static (string Body, Dictionary<string, string> Blocks) SplitBlocks(string[] lines, string where, ICollection<string> problems)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        var current = body;
        string? currentAlias = null;
        foreach (var line in lines)
        {
            var marker = PropertyMarker().Match(line);
            if (marker.Success)
            {
                Close();
                currentAlias = marker.Groups["alias"].Value;
                if (blocks.ContainsKey(currentAlias))
                {
                    problems.Add($"{where}: property block '{currentAlias}' appears twice.");
                }

                current = new StringBuilder();
                continue;
            }

            current.Append(line).Append('\n');
        }

        Close();
        return (body.ToString().Trim(), blocks);

        void Close()
        {
            if (currentAlias is not null)
            {
                blocks[currentAlias] = current.ToString().Trim();
            }
        }
    }

    private static string? Required(Dictionary<string, string> fields, string key, string where, ICollection<string> problems)
    {
        if (fields.TryGetValue(key, out var value) && value.Length > 0)
        {
            return value;
        }

        problems.Add($"{where}: '{key}' is missing.");
        return null;
    }

    private static DateOnly Date(Dictionary<string, string> fields, string key, string where, ICollection<string> problems)
    {
        var text = Required(fields, key, where, problems);
        if (text is null)
        {
            return default;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{where}: {key} '{text}' is not a date like 2027-03-31.");
        return default;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : value;
}
