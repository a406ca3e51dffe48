using BcpLocalOffer.Core.Publishing;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Web.ImprovementPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.IntegrationTests.ImprovementPlan;

/// <summary>The improvement plan from the seed to the public pages, through the board's workflow.</summary>
public partial class ImprovementPlanTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly (string Email, string Password) Author = ("author@local-offer.test", "author-development-only");
    private static readonly (string Email, string Password) Board = ("board@local-offer.test", "board-development-only");

    [GeneratedRegex("/editorial/improvement-plan/(changes|reports)/([0-9]+)")]
    private static partial Regex ItemAddress();

    [Fact]
    public async Task The_seed_imports_8_areas_40_focus_areas_and_at_least_95_actions_and_a_second_import_changes_nothing()
    {
        await factory.CreateClient().GetAsync("/improvement-plan");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();

        Assert.Equal(8, await db.PlanAreas.CountAsync());
        Assert.Equal(40, await db.PlanFocusAreas.CountAsync());
        Assert.True(await db.PlanActions.CountAsync() >= 95);

        var seedRoot = DependencyInjection.ResolveContentSeedPath(
            scope.ServiceProvider.GetRequiredService<IOptions<LocalOfferOptions>>().Value, scope.ServiceProvider.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var again = await scope.ServiceProvider.GetRequiredService<PlanSeedImporter>().ImportAsync(seedRoot);
        Assert.Equal(0, again.Created);
        Assert.Equal(0, again.Updated);
    }

    [Fact]
    public async Task A_status_change_reaches_the_public_pages_and_downloads_only_once_another_board_member_publishes_it()
    {
        var publicSite = factory.CreateClient();
        var board = await SignedInAsync(Board);
        Assert.Contains("Not started", await PublicActionAsync("2A"));

        var drafted = await board.PostFormAsync("/editorial/improvement-plan/actions/2A", "/editorial/improvement-plan/actions/2A", new Dictionary<string, string>
        {
            ["Status"] = "on-track",
            ["Commentary"] = "The culture survey went to every partner in March.",
            ["EvidenceKind"] = "Survey",
            ["EvidenceNote"] = "Culture survey results, March 2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var change = ItemAddress().Match(drafted.Headers.Location!.OriginalString).Value;
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(change, change + "/submit", new Dictionary<string, string>())).StatusCode);

        // Drafted and submitted, but not published: families see nothing yet.
        Assert.DoesNotContain("The culture survey went to every partner", await PublicActionAsync("2A"));
        Assert.Equal("Not started", await DownloadedStatusAsync("2A"));

        var ownApproval = await board.PostFormAsync("/editorial", change + "/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, ownApproval.StatusCode);
        Assert.Contains("another member of the editorial board must approve it", WebUtility.HtmlDecode(await ownApproval.Content.ReadAsStringAsync()));
        Assert.Equal("Not started", await DownloadedStatusAsync("2A"));

        var otherBoardMember = (Email: await TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.EditorialBoard), Password: TestAccounts.Password);
        var admin = await SignedInAsync(otherBoardMember);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(change, change + "/approve", new Dictionary<string, string>())).StatusCode);

        var actionPage = await PublicActionAsync("2A");
        Assert.Contains("On track", actionPage);
        Assert.Contains("The culture survey went to every partner in March.", actionPage);
        Assert.Contains("Changed since the last report", actionPage);
        var today = DateOnly.FromDateTime(UkTime.ToLocal(DateTime.UtcNow)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        Assert.Contains($"Last updated: <time datetime=\"{DateOnly.FromDateTime(UkTime.ToLocal(DateTime.UtcNow)):yyyy-MM-dd}\">{today}</time>", actionPage);
        Assert.Contains("On track", await publicSite.GetStringAsync("/improvement-plan/areas/1"));
        Assert.Equal("On track", await DownloadedStatusAsync("2A"));
        var csv = await publicSite.GetStringAsync("/improvement-plan/plan.csv");
        Assert.Contains("\"2A\",", csv);
        Assert.Matches("\"2A\",[^\\n]*\"On track\"", csv);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.AsNoTracking()
            .Where(e => e.Detail.StartsWith("Action 2A")).ToListAsync();
        Assert.Contains(audit, e => e.Action == AuditAction.Created && e.Actor == Board.Email);
        Assert.Contains(audit, e => e.Action == AuditAction.Submitted && e.Actor == Board.Email);
        Assert.Contains(audit, e => e.Action == AuditAction.Approved && e.Actor == otherBoardMember.Email);
    }

    [Fact]
    public async Task An_author_can_propose_a_change_but_only_the_board_approves_it()
    {
        var author = await SignedInAsync(Author);
        var drafted = await author.PostFormAsync("/editorial/improvement-plan/actions/5A", "/editorial/improvement-plan/actions/5A", new Dictionary<string, string>
        {
            ["Status"] = "significant-risk",
            ["Commentary"] = "Recruitment is behind.",
            ["EvidenceKind"] = "PI",
        });
        var change = ItemAddress().Match(drafted.Headers.Location!.OriginalString).Value;
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync(change, change + "/submit", new Dictionary<string, string>())).StatusCode);

        // The board-only policy refuses an author before the change is even looked at.
        var approval = await author.PostFormAsync("/editorial", change + "/approve", new Dictionary<string, string>());
        Assert.StartsWith("/editorial/access-denied", approval.Headers.Location?.AbsolutePath ?? approval.Headers.Location?.OriginalString);
        var reportForm = await author.Client.GetAsync("/editorial/improvement-plan/reports/new");
        Assert.StartsWith("/editorial/access-denied", reportForm.Headers.Location?.AbsolutePath ?? reportForm.Headers.Location?.OriginalString);

        var board = await SignedInAsync(Board);
        Assert.Contains("Awaiting review", await board.Client.GetStringAsync("/editorial/improvement-plan"));
        var returned = await board.PostFormAsync(change, change + "/request-changes", new Dictionary<string, string> { ["comment"] = "Say by how much." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Say by how much.", await author.Client.GetStringAsync(change));
        Assert.DoesNotContain("Recruitment is behind.", await PublicActionAsync("5A"));
    }

    [Fact]
    public async Task A_form_with_mistakes_comes_back_with_every_error_a_400_and_what_was_typed()
    {
        var board = await SignedInAsync(Board);

        var response = await board.PostFormAsync("/editorial/improvement-plan/actions/1A", "/editorial/improvement-plan/actions/1A", new Dictionary<string, string>
        {
            ["Status"] = "",
            ["Commentary"] = "",
            ["EvidenceKind"] = "Gossip",
            ["EvidenceNote"] = "Kept as typed",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Choose the action's new status", html);
        Assert.Contains("Enter commentary that explains the change to families", html);
        Assert.Contains("Choose the kind of evidence behind the change", html);
        Assert.Contains("value=\"Kept as typed\"", html);
    }

    [Fact]
    public async Task A_quarterly_update_gathers_the_changes_published_since_the_last_report_and_the_board_publishes_it()
    {
        var board = await SignedInAsync(Board);
        var otherBoardMember = (Email: await TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.EditorialBoard), Password: TestAccounts.Password);
        var admin = await SignedInAsync(otherBoardMember);
        var drafted = await board.PostFormAsync("/editorial/improvement-plan/actions/3A", "/editorial/improvement-plan/actions/3A", new Dictionary<string, string>
        {
            ["Status"] = "complete",
            ["Commentary"] = "Every partner now reports on the values.",
            ["EvidenceKind"] = "Minutes",
        });
        var change = ItemAddress().Match(drafted.Headers.Location!.OriginalString).Value;
        await board.PostFormAsync(change, change + "/submit", new Dictionary<string, string>());
        await admin.PostFormAsync(change, change + "/approve", new Dictionary<string, string>());
        Assert.Contains("Changed since the last report", await PublicActionAsync("3A"));

        var started = await board.PostFormAsync("/editorial/improvement-plan/reports/new", "/editorial/improvement-plan/reports/new", new Dictionary<string, string>
        {
            ["Title"] = "Progress from January to March 2027",
            ["Summary"] = "Most actions in culture are on track.\n\nRecruitment is behind.",
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var report = ItemAddress().Match(started.Headers.Location!.OriginalString).Value;
        Assert.Contains("Action 3A", await board.Client.GetStringAsync(report));
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(report, report + "/submit", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostFormAsync("/editorial", report + "/approve", new Dictionary<string, string>())).StatusCode);
        Assert.DoesNotContain("Progress from January to March 2027", await factory.CreateClient().GetStringAsync("/improvement-plan/quarterly-reports"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(report, report + "/approve", new Dictionary<string, string>())).StatusCode);

        var publicSite = factory.CreateClient();
        var reports = await publicSite.GetStringAsync("/improvement-plan/quarterly-reports");
        Assert.Contains("Progress from January to March 2027", reports);
        var id = report[(report.LastIndexOf('/') + 1)..];
        var reportPage = await publicSite.GetStringAsync($"/improvement-plan/quarterly-reports/{id}");
        Assert.Contains("Recruitment is behind.", reportPage);
        Assert.Contains("Every partner now reports on the values.", reportPage);
        var actionPage = await PublicActionAsync("3A");
        Assert.DoesNotContain("Changed since the last report", actionPage);
        Assert.Contains("Reported in", actionPage);
        Assert.Contains("No status change has been published since the last report.", await board.Client.GetStringAsync("/editorial/improvement-plan/reports/new"));

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.AsNoTracking();
        Assert.True(await audit.AnyAsync(e => e.Capability == AuditCapability.QuarterlyReport && e.Action == AuditAction.Created && e.Actor == Board.Email));
        Assert.True(await audit.AnyAsync(e => e.Capability == AuditCapability.QuarterlyReport && e.Action == AuditAction.Approved && e.Actor == otherBoardMember.Email && e.Detail.StartsWith("Progress from January to March 2027")));
    }

    [Fact]
    public async Task Filters_work_without_javascript_and_a_filter_that_matches_nothing_in_the_plan_is_a_400_with_an_error_summary()
    {
        var client = factory.CreateClient();

        var area = await client.GetStringAsync("/improvement-plan/actions?area=4");
        Assert.Contains("href=\"/improvement-plan/actions/14A\"", area);
        Assert.DoesNotContain("href=\"/improvement-plan/actions/1A\"", area);

        var officer = WebUtility.HtmlDecode(await client.GetStringAsync("/improvement-plan/actions?officer=Anthony+Douglas"));
        Assert.Contains("Anthony Douglas", officer);

        var bad = await client.GetAsync("/improvement-plan/actions?status=purple&area=99");
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Choose a status from the list", html);
        Assert.Contains("Choose an area from the list", html);
    }

    [Fact]
    public async Task Download_cells_that_a_spreadsheet_would_run_as_formulas_are_made_text()
    {
        Assert.Equal("\"'=HYPERLINK(\"\"http://example.test\"\")\"", PlanOpenData.Cell("=HYPERLINK(\"http://example.test\")"));
        Assert.Equal("\"'+1\"", PlanOpenData.Cell("+1"));
        Assert.Equal("\"'-1\"", PlanOpenData.Cell("-1"));
        Assert.Equal("\"'@SUM(A1)\"", PlanOpenData.Cell("@SUM(A1)"));
        Assert.Equal("\"Plain, with a comma\"", PlanOpenData.Cell("Plain, with a comma"));

        var response = await factory.CreateClient().GetAsync("/improvement-plan/plan.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("area,area_title,focus_area", (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task The_json_download_has_areas_focus_areas_and_actions_with_the_fields_people_reuse()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/improvement-plan/plan.json"));
        var areas = json.RootElement.GetProperty("areas");

        Assert.Equal(8, areas.GetArrayLength());
        Assert.Equal(40, areas.EnumerateArray().Sum(a => a.GetProperty("focusAreas").GetArrayLength()));
        var actions = areas.EnumerateArray().SelectMany(a => a.GetProperty("focusAreas").EnumerateArray()).SelectMany(f => f.GetProperty("actions").EnumerateArray()).ToList();
        Assert.True(actions.Count >= 95);
        var first = actions[0];
        foreach (var field in new[] { "ref", "title", "officers", "start", "end", "status" })
        {
            Assert.True(first.TryGetProperty(field, out _), $"no '{field}'");
        }

        Assert.Equal("1A", first.GetProperty("ref").GetString());
        Assert.Equal("2022-03", first.GetProperty("end").GetString());
    }

    private async Task<string> PublicActionAsync(string actionRef) =>
        WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/improvement-plan/actions/{actionRef}"));

    private async Task<string?> DownloadedStatusAsync(string actionRef)
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/improvement-plan/plan.json"));
        return json.RootElement.GetProperty("areas").EnumerateArray()
            .SelectMany(a => a.GetProperty("focusAreas").EnumerateArray())
            .SelectMany(f => f.GetProperty("actions").EnumerateArray())
            .Single(a => a.GetProperty("ref").GetString() == actionRef)
            .GetProperty("status").GetString();
    }

    private async Task<EditorialSession> SignedInAsync((string Email, string Password) account)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(account.Email, account.Password)).StatusCode);
        return session;
    }
}
