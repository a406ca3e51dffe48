using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.ServiceDirectory.Published;

namespace BcpLocalOffer.Core.Coverage;

/// <summary>
/// Whether the published Local Offer covers what the law asks, duty by duty: from the pages
/// tagged with each duty, the directory's services of the duty's kinds, and the site's own
/// features. Read from the published snapshots, so it says what families can see today.
/// </summary>
public static class LocalOfferCoverage
{
    /// <summary>The page property that lists the duties a page covers, comma-separated codes.</summary>
    public const string PageProperty = "covers";

    public static IReadOnlyList<string> DutiesOf(PublishedPage page) => Codes(page.Property(PageProperty));

    public static IReadOnlyList<string> Codes(string? property) =>
        property is null ? [] : [.. property.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<DutyCoverage> Assess(IReadOnlyList<LegalDuty> duties, PublishedContentSnapshot content, PublishedDirectory directory, DateOnly today)
    {
        var pagesByDuty = content.Pages
            .SelectMany(page => DutiesOf(page).Select(code => (code, page)))
            .ToLookup(x => x.code, x => x.page, StringComparer.Ordinal);
        var result = new List<DutyCoverage>(duties.Count);
        foreach (var duty in duties)
        {
            var items = new List<CoveringItem>();
            items.AddRange(pagesByDuty[duty.Code].OrderBy(p => p.Path, StringComparer.Ordinal)
                .Select(p => new CoveringItem(p.Name, p.Path, "Page", p.ReviewBy, p.ReviewBy < today)));
            items.AddRange(duty.Sections.Select(path => new CoveringItem(SectionTitle(path, content), path, "Part of this website", null, false)));
            // Sample services are made up: they never make a duty look covered.
            items.AddRange(directory.Listed.Where(s => !s.IsSample && duty.ServiceKinds.Contains(s.Kind.Slug, StringComparer.Ordinal))
                .Select(s => new CoveringItem(s.Name, $"/directory/{s.Slug}", "Service", s.ReviewBy, s.ReviewBy < today)));
            var status = items.Any(i => !i.Overdue) ? CoverageStatus.Covered
                : items.Count > 0 ? CoverageStatus.OnlyOverdue
                : CoverageStatus.NotCovered;
            result.Add(new DutyCoverage(duty, status, items));
        }

        return result;
    }

    private static string SectionTitle(string path, PublishedContentSnapshot content) => path switch
    {
        "/directory" => "Directory of services",
        "/you-said-we-did" => "You said – We did",
        "/have-your-say" => "Have your say",
        "/improvement-plan" => "Improvement plan",
        _ => content.FindByPath(path)?.Name ?? path,
    };
}
