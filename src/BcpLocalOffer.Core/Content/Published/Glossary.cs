using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.Content.Published;

/// <summary>A word explained: the names it goes by and the page that explains it.</summary>
public sealed record GlossaryTerm(PublishedPage Page, IReadOnlyList<string> Names);

/// <summary>
/// The glossary's terms, and each page's text with the first use of every term linked to the
/// term's own page, so a family meets the plain meaning where the word appears (a link, never a
/// hover-only tooltip). Worked out once per published snapshot, and once per page on first view.
/// </summary>
public sealed partial class GlossaryIndex
{
    // Text inside these is already a link, a heading or code: a term there is not linked.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "button", "summary", "label" };

    private readonly List<(GlossaryTerm Term, IReadOnlyList<Regex> Names)> patterns;
    private readonly ConcurrentDictionary<(Guid, string), string> linked = new();

    public GlossaryIndex(IEnumerable<PublishedPage> pages)
    {
        Terms = [.. pages.Where(p => p.DocumentTypeAlias == DocumentTypes.GlossaryTerm).Select(p => new GlossaryTerm(p, NamesOf(p)))];
        patterns = [.. Terms.Select(term => (term, (IReadOnlyList<Regex>)[.. term.Names.Select(Pattern)]))];
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>The term's names: its title, and any other names its editors listed ("SENCo, SENCO").</summary>
    public static IReadOnlyList<string> NamesOf(PublishedPage page) =>
        [page.Name, .. (page.Property("otherNames") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary><paramref name="html"/> with the first use of each term linked to its page; a glossary page itself is left as it is.</summary>
    public string Link(PublishedPage page, string html)
    {
        if (patterns.Count == 0 || html.Length == 0 || page.DocumentTypeAlias is DocumentTypes.Glossary or DocumentTypes.GlossaryTerm)
        {
            return html;
        }

        return linked.GetOrAdd((page.Key, html), key => LinkFirstUses(key.Item2));
    }

    private string LinkFirstUses(string html)
    {
        var parts = Markup().Split(html);
        var found = new List<(int Part, int Index, int Length, GlossaryTerm Term)>();
        var depth = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith('<'))
            {
                depth += TagDepthChange(parts[i]);
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            foreach (var (term, names) in patterns)
            {
                foreach (var name in names)
                {
                    found.AddRange(name.Matches(parts[i]).Select(m => (i, m.Index, m.Length, term)));
                }
            }
        }

        // In reading order, the longer name first where two start together; each term once, and
        // never inside another term's words ("SEN" in "SEN support").
        var linkedTerms = new HashSet<GlossaryTerm>();
        var chosen = new List<(int Part, int Index, int Length, GlossaryTerm Term)>();
        foreach (var match in found.OrderBy(m => m.Part).ThenBy(m => m.Index).ThenByDescending(m => m.Length))
        {
            var overlaps = chosen.Any(c => c.Part == match.Part && match.Index < c.Index + c.Length && c.Index < match.Index + match.Length);
            if (!overlaps && linkedTerms.Add(match.Term))
            {
                chosen.Add(match);
            }
        }

        foreach (var (part, index, length, term) in chosen.OrderByDescending(c => c.Part).ThenByDescending(c => c.Index))
        {
            var text = parts[part];
            parts[part] = string.Concat(
                text[..index],
                $"<a class=\"govuk-link app-glossary-link\" href=\"{term.Page.Path}\">",
                text.Substring(index, length),
                "<span class=\"govuk-visually-hidden\"> (what this means)</span></a>",
                text[(index + length)..]);
        }

        return string.Concat(parts);
    }

    private static int TagDepthChange(string tag)
    {
        var closing = tag.StartsWith("</", StringComparison.Ordinal);
        var name = TagName().Match(tag).Groups[1].Value;
        if (!Skipped.Contains(name) || tag.EndsWith("/>", StringComparison.Ordinal))
        {
            return 0;
        }

        return closing ? -1 : 1;
    }

    // Whole words; capitals matter for abbreviations ("OT" is not "ot" in "got"), not for words.
    private static Regex Pattern(string name)
    {
        // As the page's HTML writes it: & as &amp;, and an apostrophe straight, curly or encoded.
        var escaped = Regex.Escape(name.Replace("&", "&amp;", StringComparison.Ordinal))
            .Replace("'", "(?:'|’|&#39;|&#x27;)", StringComparison.Ordinal);
        var options = name.Any(char.IsLower) ? RegexOptions.IgnoreCase : RegexOptions.None;
        return new Regex(@"(?<![\w-])" + escaped + @"(?![\w-])", options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^</?\s*([a-zA-Z0-9]+)")]
    private static partial Regex TagName();
}
