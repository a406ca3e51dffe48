using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace BcpLocalOffer.Web.Site;

/// <summary>A page's feed or machine-readable twin, named in its head as <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record AlternateLink(string Href, string Type, string Title);

/// <summary>
/// The feeds and open data each section offers, named in the head of every page of that section, so a
/// feed reader or a data user given any of its pages finds them. A page with a twin of its own (a
/// directory service's Open Referral record) adds it with <see cref="Add"/>.
/// </summary>
public static class AlternateLinks
{
    private const string ViewDataKey = "AlternateLinks";

    private static readonly (string Section, AlternateLink Link)[] BySection =
    [
        ("/you-said-we-did", new("/you-said-we-did/feed.atom", "application/atom+xml", "You said – We did: updates (Atom feed)")),
        ("/improvement-plan", new("/improvement-plan/plan.json", "application/json", "The improvement plan as open data (JSON)")),
        ("/improvement-plan", new("/improvement-plan/plan.csv", "text/csv", "The improvement plan as a spreadsheet (CSV)")),
        ("/directory", new("/openreferral/services", "application/json", "The directory as Open Referral UK data")),
    ];

    public static void Add(ViewDataDictionary viewData, AlternateLink link)
    {
        if (viewData[ViewDataKey] is not List<AlternateLink> links)
        {
            viewData[ViewDataKey] = links = [];
        }

        links.Add(link);
    }

    /// <summary>What the page at <paramref name="path"/> names: its section's links, then its own.</summary>
    public static IEnumerable<AlternateLink> For(PathString path, ViewDataDictionary viewData)
    {
        var value = path.Value ?? "";
        var own = viewData[ViewDataKey] as List<AlternateLink> ?? [];
        return BySection
            .Where(s => value == s.Section || value.StartsWith(s.Section + "/", StringComparison.Ordinal))
            .Select(s => s.Link)
            .Concat(own);
    }
}
