using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The PI dashboard is accessible, and a click in a "You said – We did" block shows up on it.</summary>
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

        // Issue 5 renders real entries; until it lands, the same markup it promises is put on a public page.
        await using var visitorContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString().TrimEnd('/'),
            UserAgent = VisitorUserAgent,
        });
        var visitor = await visitorContext.NewPageAsync();
        await SitePages.OpenStyledAsync(visitor, SitePages.Home);
        await visitor.EvaluateAsync("""
            () => {
              const entry = document.createElement("div");
              entry.setAttribute("data-analytics-context", "you-said-we-did:7");
              const link = document.createElement("a");
              link.href = "/you-said-we-did/7/shorter-waits";
              link.className = "govuk-link";
              link.innerHTML = "<span>What we did about waiting times</span>";
              entry.append(link);
              document.querySelector("main").append(entry);
            }
            """);
        await visitor.GetByText("What we did about waiting times").ClickAsync();
        await visitor.WaitForURLAsync("**/you-said-we-did/7/shorter-waits");

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

    private static async Task<int> ThisMonthsClickThroughsAsync(IPage page) =>
        int.Parse((await page.Locator("[data-you-said-we-did-click-throughs]").Last.TextContentAsync())!.Replace(",", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
