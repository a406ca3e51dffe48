using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Infrastructure.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The PI dashboard is accessible, and a click in a published "You said – We did" entry shows up on it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AnalyticsBrowserTests(LocalOfferSite site)
{
    // Headless Chromium says "HeadlessChrome", which the site rightly treats as a bot; a visitor's browser does not.
    private const string VisitorUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

    [Fact]
    public async Task The_dashboard_and_its_error_state_have_no_violations()
    {
        var email = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, email);

        await tab.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Website statistics") }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Website statistics");
        await SitePages.AssertStylesheetAppliedAsync(tab.Page);
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/analytics");

        await tab.Page.Locator("#from-day").FillAsync("31");
        await tab.Page.Locator("#from-month").FillAsync("2");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Show statistics" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToContainTextAsync("The start date must be a real date");
        await Assertions.Expect(tab.Page.Locator("#from-day")).ToHaveValueAsync("31");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/analytics (errors)");
    }

    [Fact]
    public async Task Clicking_a_link_in_a_you_said_we_did_entry_raises_the_click_through_count_on_the_dashboard()
    {
        var email = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        await using var board = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(board.Page, email);
        await board.Page.GotoAsync("/editorial/analytics");
        var before = await ThisMonthsClickThroughsAsync(board.Page);

        // A real entry, published by a second board member, that links to the improvement plan action it led to.
        var entryPath = await PublishEntryLinkingToActionAsync(email, await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard), "8A");
        await using var visitorContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString().TrimEnd('/'),
            UserAgent = VisitorUserAgent,
        });
        var visitor = await visitorContext.NewPageAsync();
        await SitePages.OpenStyledAsync(visitor, entryPath);
        await visitor.Locator("[data-analytics-context^='you-said-we-did:'] a[href='/improvement-plan/actions/8A']").ClickAsync();
        await visitor.WaitForURLAsync("**/improvement-plan/actions/8A");

        var rollups = site.Services.GetRequiredService<AnalyticsRollupJob>();
        var after = before;
        for (var attempt = 0; attempt < 50 && after == before; attempt++)
        {
            await Task.Delay(200);
            await rollups.RunOnceAsync();
            await board.Page.ReloadAsync();
            after = await ThisMonthsClickThroughsAsync(board.Page);
        }

        Assert.Equal(before + 1, after);
    }

    private async Task<string> PublishEntryLinkingToActionAsync(string writerEmail, string reviewerEmail, string actionRef)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<YouSaidWeDidEditing>();
        var (writer, reviewer) = (new Editor(writerEmail, CanPublish: true), new Editor(reviewerEmail, CanPublish: true));
        var content = EntryContent.Empty with
        {
            YouSaid = "You told us you could not see what changed after the inspection " + Guid.NewGuid().ToString("N")[..6],
            WeDid = "We publish the improvement plan's progress every quarter.",
            Outcome = EntryOutcome.Done,
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            ActionRefs = [actionRef],
        };
        var draft = await editing.DraftAsync(content, writer);
        Assert.True(draft.Succeeded, draft.Reason);
        Assert.True((await editing.SubmitAsync(draft.Value!.Id, writer)).Succeeded);
        Assert.True((await editing.ApproveAsync(draft.Value!.Id, draft.Value.Review.Revision, reviewer)).Succeeded);
        return $"/you-said-we-did/{draft.Value!.Id}";
    }

    private static async Task<int> ThisMonthsClickThroughsAsync(IPage page) =>
        int.Parse((await page.Locator("[data-you-said-we-did-click-throughs]").Last.TextContentAsync())!.Replace(",", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
