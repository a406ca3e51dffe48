using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.IntegrationTests.ImprovementPlan;

/// <summary>
/// Families meet each plan action by a plain-English title with its reference beside it, not as
/// "Action 36D"; the titles come from the plan seed and the board changes them through the workflow.
/// </summary>
public partial class PlainTitleTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private const string HubTitle = "Test local hubs for supporting inclusion";

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex PageTitle();

    [GeneratedRegex("/editorial/improvement-plan/changes/([0-9]+)")]
    private static partial Regex ChangeAddress();

    [Fact]
    public async Task Every_action_page_is_headed_and_titled_by_its_plain_english_title_with_its_reference_beside_it()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/improvement-plan/plan.json"));
        var actions = json.RootElement.GetProperty("areas").EnumerateArray()
            .SelectMany(a => a.GetProperty("focusAreas").EnumerateArray())
            .SelectMany(f => f.GetProperty("actions").EnumerateArray())
            .Select(a => (Ref: a.GetProperty("ref").GetString()!, Plain: a.GetProperty("plainTitle").GetString()))
            .ToList();

        Assert.Equal(107, actions.Count);
        Assert.All(actions, a => Assert.False(string.IsNullOrWhiteSpace(a.Plain), $"{a.Ref} has no plain-English title"));
        foreach (var (actionRef, plain) in actions.Where((_, i) => i % 9 == 0).Append(("36D", HubTitle)))
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/improvement-plan/actions/{actionRef}"));
            Assert.Equal(plain, Heading().Match(html).Groups[1].Value.Trim());
            Assert.StartsWith($"{plain} (action {actionRef})", PageTitle().Match(html).Groups[1].Value.Trim());
            Assert.Contains($"Action {actionRef}", html);
        }
    }

    [Fact]
    public async Task Lists_area_pages_reports_and_search_results_name_actions_by_their_plain_title()
    {
        var client = factory.CreateClient();

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/improvement-plan/actions?area=8"));
        Assert.Contains($">{HubTitle}</a>", list);
        var area = WebUtility.HtmlDecode(await client.GetStringAsync("/improvement-plan/areas/8"));
        Assert.Contains($">{HubTitle}</a>", area);

        await factory.WaitForSearchAsync();
        var results = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=local+hubs+for+inclusion"));
        Assert.Contains(HubTitle, results);
        Assert.DoesNotContain(">Action 36D<", results);

        // Someone who knows the reference still finds the action by it.
        var byRef = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=36D"));
        Assert.Contains("/improvement-plan/actions/36D", byRef);
    }

    [Fact]
    public async Task The_board_renames_an_action_through_the_workflow_and_a_new_seed_import_keeps_its_words()
    {
        const string oldTitle = "Share the Youth Champions' reports";
        const string newTitle = "Send what the Youth Champions find to every school and council team";
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");

        var form = WebUtility.HtmlDecode(await board.Client.GetStringAsync("/editorial/improvement-plan/actions/40B"));
        Assert.Contains($"value=\"{oldTitle}\"", form);

        var drafted = await board.PostFormAsync("/editorial/improvement-plan/actions/40B", "/editorial/improvement-plan/actions/40B", new Dictionary<string, string>
        {
            ["Status"] = "not-started",
            ["PlainTitle"] = newTitle,
            ["Commentary"] = "We have said more clearly who reads the reports.",
            ["EvidenceKind"] = "Minutes",
        });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var change = ChangeAddress().Match(drafted.Headers.Location!.OriginalString).Value;
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(change, change + "/submit", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(oldTitle, await PublicHeadingAsync("40B"));

        var other = await SignedInAsync(await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard), TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(change, change + "/approve", new Dictionary<string, string>())).StatusCode);

        Assert.Equal(newTitle, await PublicHeadingAsync("40B"));
        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/improvement-plan/actions/40B"));
        Assert.Contains($"New title: {newTitle}", page);

        await using var scope = factory.Services.CreateAsyncScope();
        var seedRoot = DependencyInjection.ResolveContentSeedPath(
            scope.ServiceProvider.GetRequiredService<IOptions<LocalOfferOptions>>().Value, scope.ServiceProvider.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var stored = await db.PlanActions.SingleAsync(a => a.Ref == "40B");
        stored.SeedHash = "changed-seed";
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<PlanSeedImporter>().ImportAsync(seedRoot);
        Assert.Equal(newTitle, (await db.PlanActions.AsNoTracking().SingleAsync(a => a.Ref == "40B")).PlainTitle);
    }

    [Fact]
    public async Task A_title_that_is_too_long_comes_back_as_a_400_with_the_words_typed()
    {
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        var tooLong = string.Join(' ', Enumerable.Repeat("inclusion", 20));

        var response = await board.PostFormAsync("/editorial/improvement-plan/actions/36C", "/editorial/improvement-plan/actions/36C", new Dictionary<string, string>
        {
            ["Status"] = "on-track",
            ["PlainTitle"] = tooLong,
            ["Commentary"] = "Started in two schools.",
            ["EvidenceKind"] = "PI",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The title for families must be 120 characters or fewer", html);
        Assert.Contains(tooLong, html);
    }

    private async Task<string> PublicHeadingAsync(string actionRef) =>
        Heading().Match(WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/improvement-plan/actions/{actionRef}"))).Groups[1].Value.Trim();

    private async Task<EditorialSession> SignedInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}
