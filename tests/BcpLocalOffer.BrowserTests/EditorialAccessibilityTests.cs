using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The back office must be as accessible as the public site, error states included.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorialAccessibilityTests(LocalOfferSite site)
{

    [Fact]
    public async Task An_author_proposing_a_change_to_another_organisations_page_and_the_board_reviewing_it_see_whose_it_is_without_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        var board = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        var key = BcpLocalOffer.Infrastructure.ContentSeed.SeedKeys.ForTreePath("get-involved/co-production-charter-and-pledge");
        await using var authorTab = await site.OpenTabAsync();
        var page = authorTab.Page;
        await EditorialBrowserAccounts.SignInAsync(page, author);

        await SitePages.OpenStyledAsync(page, $"/editorial/content/{key}/edit");
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("Parent Carers Together keeps this page up to date, not SENDIASS");
        await AxeAssertions.AssertNoViolationsAsync(page, "edit form of another organisation's page");
        await page.GetByLabel("Summary").FillAsync("How families and services plan together, suggested by SENDIASS.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        var contributors = page.Locator("[data-contributors]");
        await Assertions.Expect(contributors).ToContainTextAsync("Browser Test, SENDIASS");
        await Assertions.Expect(contributors).ToContainTextAsync("From another organisation");
        await AxeAssertions.AssertNoViolationsAsync(page, "a proposal before it is submitted");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Submit version") }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Submitted for review");

        await using var boardTab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(boardTab.Page, board);
        await SitePages.OpenStyledAsync(boardTab.Page, "/editorial");
        await Assertions.Expect(boardTab.Page.Locator("main table").First).ToContainTextAsync("Proposal for Parent Carers Together");
        await AxeAssertions.AssertNoViolationsAsync(boardTab.Page, "the work queue with a proposal from another organisation");
        await SitePages.OpenStyledAsync(boardTab.Page, $"/editorial/content/{key}");
        await Assertions.Expect(boardTab.Page.Locator(".app-workflow-panel")).ToContainTextAsync("this is their proposal: check it with Parent Carers Together");
        await AxeAssertions.AssertNoViolationsAsync(boardTab.Page, "the board reviewing a proposal from another organisation");
    }

    [Fact]
    public async Task The_sign_in_page_and_its_error_state_have_no_violations()
    {
        await using var tab = await site.OpenTabAsync();

        await SitePages.OpenStyledAsync(tab.Page, "/editorial/sign-in");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/sign-in");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/sign-in (errors)");
    }

    [Fact]
    public async Task An_editor_signs_in_with_the_keyboard_and_the_dashboard_has_no_violations()
    {
        var email = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        await using var tab = await site.OpenTabAsync();
        await SitePages.OpenStyledAsync(tab.Page, "/editorial");

        await tab.Page.GetByLabel("Email address").FillAsync(email);
        await tab.Page.GetByLabel("Password").FillAsync(EditorialBrowserAccounts.Password);
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Editorial dashboard");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial");
    }

    [Fact]
    public async Task The_search_settings_page_and_its_confirmation_have_no_violations()
    {
        var email = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Administrator);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, email);

        await SitePages.OpenStyledAsync(tab.Page, "/editorial/search-settings");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/search-settings");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save synonyms" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Synonyms saved");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/search-settings (saved)");
    }

    [Fact]
    public async Task Author_creates_a_page_submits_it_a_board_member_approves_and_it_is_live()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        var board = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        await using var authorTab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(authorTab.Page, author);
        var page = authorTab.Page;

        await page.GotoAsync("/editorial/content");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/content");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Short breaks", Exact = true }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "content details");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a page beneath" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "new page (errors)");
        await page.GetByLabel("Content page").CheckAsync();
        await page.GetByLabel("Page title").FillAsync("Sunday swimming");
        await page.GetByLabel("Summary").FillAsync("Swimming sessions for disabled children on Sundays.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Edit");
        await AxeAssertions.AssertNoViolationsAsync(page, "edit form");
        await page.GetByLabel("Page text").FillAsync("## When\n\nEvery Sunday morning in Poole.");
        // The author's organisation keeps the page they created; only the board could hand it to another.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Only the editorial board can change who keeps this page up to date");
        await page.GetByLabel("Review by").FillAsync("2027-08-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit version 2 for review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Submitted for review");
        var detailsAddress = page.Url;

        await using var boardTab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(boardTab.Page, board);
        await boardTab.Page.GotoAsync("/editorial");
        await Assertions.Expect(boardTab.Page.Locator("table")).ToContainTextAsync("Sunday swimming, version 2");
        await AxeAssertions.AssertNoViolationsAsync(boardTab.Page, "work queue with a page waiting");
        await boardTab.Page.GetByRole(AriaRole.Link, new() { Name = "Sunday swimming, version 2" }).ClickAsync();
        Assert.Equal(detailsAddress.Split('?')[0], boardTab.Page.Url.Split('?')[0]);
        await AxeAssertions.AssertNoViolationsAsync(boardTab.Page, "review");
        await boardTab.Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(boardTab.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Approved and published");

        await using var familyTab = await site.OpenTabAsync();
        await familyTab.Page.GotoAsync("/short-breaks/sunday-swimming");
        await Assertions.Expect(familyTab.Page.Locator("main")).ToContainTextAsync("Every Sunday morning in Poole.");
    }
}
