using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>A part of the site with a landing page of its own, and the names families give it.</summary>
public sealed record SiteSection(string Url, string Title, string Summary, IReadOnlyList<string> Names);

/// <summary>
/// The landing pages of the site's capabilities ("You said – We did", the improvement plan, its
/// reports and easy read version, the directory, have your say) as search documents, so a search
/// for a section finds the section rather than something that mentions it; and a search that is
/// (nearly) one of a section's names puts that section first (<see cref="Named"/>).
/// </summary>
public sealed partial class SiteSections : ISearchDocumentSource
{
    public const string SectionType = "section";

    // Words that do not change which section is meant: "how is the improvement plan going" names the plan.
    private static readonly HashSet<string> Filler = ["the", "a", "an", "our", "your", "is", "are", "how", "its", "it", "what", "whats", "of", "on", "page", "section", "bcp", "send"];

    public static IReadOnlyList<SiteSection> All { get; } =
    [
        new("/you-said-we-did", "You said – We did",
            "What families told us, and what we changed because of it.",
            ["you said we did", "you said", "we did", "what you told us", "what we did", "what we changed", "you said we did section"]),
        new("/improvement-plan", "Our improvement plan and how it is going",
            "How we are putting right what the SEND inspection found: our Written Statement of Action, its eight areas and how each action is going.",
            ["improvement plan", "improvement plan progress", "how is the improvement plan going", "improvement plan going", "written statement of action", "wsoa", "improvement progress", "inspection improvement plan"]),
        new("/improvement-plan/actions", "Every action in our improvement plan",
            "Every action in the improvement plan, with who is accountable, when it is due and how it is going.",
            ["improvement plan actions", "plan actions", "wsoa actions", "all actions"]),
        new("/improvement-plan/quarterly-reports", "Quarterly progress reports on our improvement plan",
            "Every three months we report what moved forward in the improvement plan and what is late.",
            ["quarterly reports", "quarterly report", "progress reports", "progress report", "quarterly update", "quarterly updates"]),
        new("/improvement-plan/easy-read", "Easy read: our improvement plan",
            "Our improvement plan in short sentences with pictures.",
            ["easy read", "easy read plan", "easy read improvement plan", "easy read version", "easyread"]),
        new("/directory", "Find services, activities and clubs",
            "Our directory of services, activities and clubs for children and young people with SEND, by need, age, area and cost.",
            ["directory", "service directory", "services directory", "find a service", "find services", "activities and clubs"]),
        new("/have-your-say", "Have your say",
            "Tell us what is working and what is not. We read everything and report what we did in You said – We did.",
            ["have your say", "give feedback", "feedback form", "tell us what you think", "leave feedback"]),
    ];

    public string Name => "site-sections";

    public IReadOnlyDictionary<string, string> TypeLabels { get; } = new Dictionary<string, string> { [SectionType] = "Part of this website" };

    public bool IsLoaded => true;

    // The sections are part of the site's code: they change with a release, not while it runs.
    public event Action? Changed { add { } remove { } }

    public IReadOnlyList<SearchDocument> GetDocuments() => [.. All.Select(section => new SearchDocument
    {
        Key = "section:" + section.Url,
        Type = SectionType,
        Url = section.Url,
        Title = section.Title,
        Keywords = string.Join(' ', section.Names),
        Summary = section.Summary,
        Body = section.Summary,
    })];

    /// <summary>
    /// The address of the section the search names, exactly or with a slip of the keyboard (two
    /// letters for a long name, one for a short), once words such as "the" or "how is" are set aside; or null.
    /// </summary>
    public static string? Named(string text)
    {
        var typed = Key(text);
        if (typed.Length == 0)
        {
            return null;
        }

        foreach (var section in All)
        {
            foreach (var name in section.Names.Append(section.Title))
            {
                var key = Key(name);
                if (key == typed || Distance(key, typed) <= (key.Length >= 10 ? 2 : key.Length >= 6 ? 1 : 0))
                {
                    return section.Url;
                }
            }
        }

        return null;
    }

    private static string Key(string text) =>
        string.Join(' ', NotLetterOrDigit().Split(text.ToLowerInvariant()).Where(w => w.Length > 0 && !Filler.Contains(w)));

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetterOrDigit();
}
