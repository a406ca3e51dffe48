using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// The screens for moving, archiving, reviewing pages and managing redirects, with their error
/// states, checked with axe. The pages moved and archived here are made by the tests, so the
/// seeded pages other tests visit stay where they are.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageStructureAccessibilityTests(LocalOfferSite site)
{
    private static readonly Guid ShortBreaks = SeedKeys.ForTreePath("short-breaks");

    [Fact]
    public async Task Moving_a_page_the_form_and_its_error_state_have_no_violations()
    {
        var board = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        var key = await CreatePageAsync("Browser move test " + Guid.NewGuid().ToString("N")[..6]);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, board);
        var page = tab.Page;

        await SitePages.OpenStyledAsync(page, $"/editorial/content/{key}");
        await AxeAssertions.AssertNoViolationsAsync(page, "content details (board)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Move to another place" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Move this page");
        await AxeAssertions.AssertNoViolationsAsync(page, "move page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Move the page" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select where the page should go");
        await AxeAssertions.AssertNoViolationsAsync(page, "move page (errors)");

        await page.GetByLabel("Move it beneath").SelectOptionAsync(new SelectOptionValue { Value = SeedKeys.ForTreePath("help-and-advice").ToString() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Move the page" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The page is moved");
    }

    [Fact]
    public async Task Changing_a_url_and_marking_as_reviewed_with_their_error_states_have_no_violations()
    {
        var board = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        var key = await CreatePageAsync("Browser URL test " + Guid.NewGuid().ToString("N")[..6]);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, board);
        var page = tab.Page;

        await SitePages.OpenStyledAsync(page, $"/editorial/content/{key}/url");
        await AxeAssertions.AssertNoViolationsAsync(page, "change URL");
        await page.GetByLabel("Last part of the address").FillAsync("Not A Valid URL");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the URL" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "change URL (errors)");

        await SitePages.OpenStyledAsync(page, $"/editorial/content/{key}/reviewed");
        await AxeAssertions.AssertNoViolationsAsync(page, "mark as reviewed");
        await page.GetByLabel("Next review by").FillAsync("2020-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as reviewed" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The next review date must be in the future.");
        await AxeAssertions.AssertNoViolationsAsync(page, "mark as reviewed (errors)");
    }

    [Fact]
    public async Task Archiving_the_archived_list_and_restoring_have_no_violations()
    {
        var board = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        var name = "Browser archive test " + Guid.NewGuid().ToString("N")[..6];
        var key = await CreatePageAsync(name);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, board);
        var page = tab.Page;

        await SitePages.OpenStyledAsync(page, $"/editorial/content/{key}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Archive this page" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Archive this page?");
        await AxeAssertions.AssertNoViolationsAsync(page, "archive confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive the page" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Archived pages");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The page is archived");
        await AxeAssertions.AssertNoViolationsAsync(page, "archived pages");

        await page.GetByRole(AriaRole.Button, new() { Name = "Restore " + name }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("restored as an unpublished draft");
        await AxeAssertions.AssertNoViolationsAsync(page, "content details (restored)");
    }

    [Fact]
    public async Task The_redirects_list_and_the_add_form_with_errors_have_no_violations()
    {
        var admin = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Administrator);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, admin);
        var page = tab.Page;

        await SitePages.OpenStyledAsync(page, "/editorial/redirects");
        await AxeAssertions.AssertNoViolationsAsync(page, "redirects");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a redirect" }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "add a redirect");

        await page.GetByLabel("Old address").FillAsync("/short-breaks");
        await page.GetByLabel("Send visitors to").FillAsync("https://elsewhere.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the redirect" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("There is a page at /short-breaks");
        await Assertions.Expect(page.GetByLabel("Send visitors to")).ToHaveValueAsync("https://elsewhere.example");
        await AxeAssertions.AssertNoViolationsAsync(page, "add a redirect (errors)");

        var from = "/browser-old-" + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("Old address").FillAsync(from);
        await page.GetByLabel("Send visitors to").FillAsync("/short-breaks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the redirect" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The redirect is added");
        await AxeAssertions.AssertNoViolationsAsync(page, "redirects (added)");

        await using var familyTab = await site.OpenTabAsync();
        await familyTab.Page.GotoAsync(from);
        Assert.EndsWith("/short-breaks", familyTab.Page.Url);
    }

    [Fact]
    public async Task The_overdue_reviews_report_has_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, author);

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Overdue reviews by owner organisation" }).ClickAsync();

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Overdue reviews by owner");
        await SitePages.AssertStylesheetAppliedAsync(tab.Page);
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/reviews");
    }

    private async Task<Guid> CreatePageAsync(string name)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();
        var result = await editing.CreatePageAsync(ShortBreaks, "contentPage", name, "A page made by a browser test.", new Editor("browser-test", CanPublish: true));
        Assert.True(result.Succeeded, result.Reason);
        return result.Value!.Key;
    }
}
