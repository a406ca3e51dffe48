using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Coverage;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Coverage;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Coverage;

/// <summary>"What our Local Offer covers" for families and the board, from the pages editors tag.</summary>
public sealed partial class CoverageTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly string TravelPage = SeedKeys.ForTreePath("education/travel-to-school").ToString();

    [GeneratedRegex(@"^\| (\d+) \| (.+?) \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex DocsRow();

    [GeneratedRegex(@"`(/[^`]*)`")]
    private static partial Regex DocsAddress();

    [Fact]
    public async Task Families_see_every_duty_the_law_sets_covered_by_the_shipped_pages_with_links_to_them()
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/what-our-local-offer-covers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("What our Local Offer covers", page.QuerySelector("h1").Text());
        var duties = page.QuerySelectorAll("section.app-coverage-duty");
        Assert.Equal(24, duties.Length);
        Assert.DoesNotContain(duties, d => d.Text().Contains("Not covered yet", StringComparison.Ordinal));
        var travel = duties.Single(d => d.QuerySelector("h2").Text() == "Travel to school, college and early years settings");
        Assert.NotNull(travel.QuerySelector("a[href='/education/travel-to-school']"));
        Assert.Contains("Of the 24 things the law asks for, 24 are covered", page.QuerySelector("main").Text());
        Assert.NotNull(page.QuerySelector("footer a[href='/what-our-local-offer-covers']"));
    }

    [Fact]
    public async Task The_docs_list_of_schedule_2_names_the_same_pages_as_the_tags_so_it_cannot_drift()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.Root(), "docs", "schedule-2.md"));
        var rows = DocsRow().Matches(text).ToList();
        var coverage = await AssessAsync();

        Assert.Equal(coverage.Count, rows.Count);
        foreach (var (row, duty) in rows.Zip(coverage))
        {
            var listed = DocsAddress().Matches(row.Groups[3].Value).Select(m => m.Groups[1].Value).Order().ToList();
            var tagged = duty.CoveredBy.Where(i => i.Kind != "Service").Select(i => i.Path).Order().ToList();
            Assert.True(listed.SequenceEqual(tagged), $"{duty.Duty.Code}: docs list {string.Join(' ', listed)}, pages say {string.Join(' ', tagged)}");
        }
    }

    [Fact]
    public async Task An_editor_ticks_what_a_page_covers_and_an_overdue_page_shows_as_only_overdue_coverage()
    {
        var author = await SignInAsync("author@local-offer.test", "author-development-only");
        var edit = $"/editorial/content/{TravelPage}/edit";
        var form = await author.Client.GetStringAsync(edit);
        Assert.Contains("What the law asks for that this page covers (1 ticked)", form);

        var refused = await author.PostFormAsync(edit, edit, FieldsOf(form, covers: ["travel", "not-a-duty"]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Select what the page covers from the list", await refused.Content.ReadAsStringAsync());

        var saved = await author.PostFormAsync(edit, edit, FieldsOf(form, covers: ["travel", "childcare"]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var draft = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == Guid.Parse(TravelPage)).OrderByDescending(v => v.Number).FirstAsync();
        Assert.Equal("travel,childcare", draft.Properties[LocalOfferCoverage.PageProperty]);
    }

    [Fact]
    public async Task The_back_office_page_and_its_csv_need_a_sign_in_and_list_every_duty()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/editorial/coverage")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/editorial/coverage.csv")).StatusCode);

        var author = await SignInAsync("author@local-offer.test", "author-development-only");
        var page = await author.Client.GetStringAsync("/editorial/coverage");
        Assert.Contains("What the law asks the Local Offer to cover", page);
        Assert.Contains("SEND Regulations 2014, Schedule 2, paragraph 17", page);

        var csv = await author.Client.GetAsync("/editorial/coverage.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        Assert.StartsWith("\"travel\",", lines.Single(l => l.StartsWith("\"travel\"", StringComparison.Ordinal)));
        Assert.Contains("/education/travel-to-school", lines.Single(l => l.StartsWith("\"travel\"", StringComparison.Ordinal)));
    }

    private async Task<IReadOnlyList<DutyCoverage>> AssessAsync()
    {
        await factory.CreateClient().GetAsync("/");
        var services = factory.Services;
        return LocalOfferCoverage.Assess(
            services.GetRequiredService<LegalDuties>().All,
            services.GetRequiredService<Core.Content.Published.IPublishedContentCache>().Current,
            services.GetRequiredService<Core.ServiceDirectory.Published.IPublishedDirectoryCache>().Current,
            DateOnly.FromDateTime(DateTime.UtcNow));
    }

    /// <summary>The edit form's fields as a browser would send them, with the given boxes ticked.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(string formPage, IEnumerable<string> covers)
    {
        var fields = HtmlPage.FormFields(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(formPage)).Where(f => f.Key != "Covers").ToList();
        fields.AddRange(covers.Select(c => new KeyValuePair<string, string>("Covers", c)));
        return fields;
    }

    private async Task<EditorialSession> SignInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}
