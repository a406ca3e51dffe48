using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.ContentSeed;

namespace BcpLocalOffer.UnitTests.ContentSeed;

/// <summary>The content a council installs on day one: complete, valid and with no broken links.</summary>
public partial class ShippedContentSeedTests
{
    private static readonly string SeedRoot = FindSeedRoot();
    private static readonly IReadOnlyList<SeedPage> Pages = ContentSeedReader.Read(SeedRoot);

    // Pages the application serves itself rather than from the content tree.
    private static readonly HashSet<string> ApplicationPages = new(StringComparer.Ordinal)
    {
        "/improvement-plan",
        "/improvement-plan/easy-read",
        "/improvement-plan/quarterly-reports",
        "/directory",
        "/directory?kind=short-break",
        "/have-your-say",
        "/you-said-we-did",
    };

    [GeneratedRegex(@"\]\((?<target>/[^)\s#]*)(#[^)]*)?\)")]
    private static partial Regex InternalLink();

    [Fact]
    public void The_shipped_duties_list_every_schedule_2_subject_once_with_the_short_breaks_statement()
    {
        var duties = Infrastructure.Coverage.LegalDuties.Read(Path.Combine(SeedRoot, "coverage", "duties.json"));

        Assert.Equal(24, duties.Count);
        Assert.Equal(duties.Count, duties.Select(d => d.Code).Distinct().Count());
        Assert.Contains(duties, d => d.Code == "short-breaks-statement" && d.Law.Contains("Breaks for Carers", StringComparison.Ordinal));
        Assert.Contains(duties, d => d.Code == "complaints" && d.Law.EndsWith("paragraph 17", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_duty_the_law_asks_for_is_covered_by_a_seed_page_or_a_feature_and_every_tag_is_a_known_duty()
    {
        var duties = Infrastructure.Coverage.LegalDuties.Read(Path.Combine(SeedRoot, "coverage", "duties.json"));
        var tags = Pages.SelectMany(p => Core.Coverage.LocalOfferCoverage.Codes(p.Properties.GetValueOrDefault(Core.Coverage.LocalOfferCoverage.PageProperty)).Select(code => (code, p.TreePath))).ToList();

        Assert.Empty(tags.Where(t => duties.All(d => d.Code != t.code)).Select(t => $"{t.TreePath}: {t.code}"));
        Assert.Empty(duties.Where(d => d.Sections.Count == 0 && tags.All(t => t.code != d.Code)).Select(d => d.Code));
    }

    [Fact]
    public void There_are_at_least_forty_pages_each_with_an_owner_and_a_review_date_after_its_last_review()
    {
        var owners = ContentSeedReader.ReadOrganisations(SeedRoot);

        Assert.True(Pages.Count >= 40, $"only {Pages.Count} seed pages");
        Assert.All(Pages, page =>
        {
            Assert.Contains(page.Owner, owners);
            Assert.True(page.ReviewBy > page.LastReviewed, $"{page.TreePath}: review-by is not after last reviewed");
            Assert.False(string.IsNullOrWhiteSpace(page.Body), $"{page.TreePath} has no body");
        });
    }

    [Fact]
    public void Every_internal_link_in_the_seed_leads_to_a_seeded_page()
    {
        var paths = Pages.Select(p => "/" + p.TreePath).ToHashSet(StringComparer.Ordinal);
        var broken = Pages
            .SelectMany(page => new[] { page.Body }.Concat(page.Properties.Values)
                .SelectMany(text => InternalLink().Matches(text))
                .Select(match => (page.TreePath, Target: match.Groups["target"].Value)))
            .Where(link => !paths.Contains(link.Target.TrimEnd('/') is { Length: > 0 } t ? t : "/"))
            .Where(link => !ApplicationPages.Contains(link.Target))
            .Select(link => $"{link.TreePath} → {link.Target}")
            .ToList();

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_graduated_response_covers_every_phase_by_every_broad_area_of_need()
    {
        var covered = Pages
            .Where(p => p.DocumentTypeAlias == DocumentTypes.GraduatedResponse)
            .Select(p => (p.Properties["phase"], p.Properties["areaOfNeed"]))
            .ToHashSet();

        foreach (var phase in DocumentTypes.Phases.Keys)
        {
            foreach (var area in DocumentTypes.AreasOfNeed.Keys)
            {
                Assert.Contains((phase, area), covered);
            }
        }
    }

    [Theory]
    [InlineData("short-breaks/short-breaks-services-statement")]
    [InlineData("money-and-personal-budgets/direct-payments")]
    [InlineData("money-and-personal-budgets/personal-budgets")]
    [InlineData("health-and-care/childrens-continuing-care")]
    [InlineData("education/ehc-needs-assessments-and-plans/the-20-week-timeline")]
    [InlineData("education/ehc-needs-assessments-and-plans/if-you-disagree")]
    [InlineData("education/ehc-needs-assessments-and-plans/annual-reviews")]
    [InlineData("help-and-advice/glossary")]
    [InlineData("get-involved/improving-send")]
    [InlineData("accessibility-statement")]
    [InlineData("privacy-notice")]
    public void The_pages_the_law_and_the_improvement_plan_call_for_are_there(string treePath) =>
        Assert.Contains(Pages, p => p.TreePath == treePath);

    [Fact]
    public void The_direct_payments_page_says_a_social_worker_is_not_needed_to_ask()
    {
        var page = Pages.Single(p => p.TreePath == "money-and-personal-budgets/direct-payments");

        Assert.Contains("social worker", page.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Seed_pages_never_contain_raw_html()
    {
        var withHtml = Pages.Where(p => Regex.IsMatch(p.Body, "<[a-zA-Z/][^>]*>")).Select(p => p.TreePath).ToList();

        Assert.Empty(withHtml);
    }

    private static string FindSeedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BcpLocalOffer.sln")))
            {
                return Path.Combine(dir.FullName, "content-seed");
            }
        }

        throw new InvalidOperationException("Could not find the repository root from " + AppContext.BaseDirectory);
    }
}
