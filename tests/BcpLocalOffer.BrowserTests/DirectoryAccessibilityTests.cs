using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The directory's public and editorial pages, with filters applied, no results and error states, checked with axe (WCAG 2.2 AA).</summary>
[Collection(BrowserCollection.Name)]
public sealed class DirectoryAccessibilityTests(LocalOfferSite site)
{
    public static TheoryData<string> PublicPages =>
    [
        "/directory",
        "/directory?kind=short-break&need=autism&locality=poole&cost=paid&age=9",
        "/directory?kind=short-break&locality=online",
        "/directory?page=2",
        "/directory/saturday-splash-club",
        "/directory/teen-social-nights",
        "/directory/coding-club-online",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Directory_pages_have_no_violations(string path)
    {
        await using var tab = await site.OpenTabAsync();
        await SitePages.OpenStyledAsync(tab.Page, path);
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, path);
    }

    [Fact]
    public async Task A_family_reports_something_wrong_with_a_service_from_the_keyboard_and_its_errors_and_form_have_no_violations()
    {
        await using var tab = await site.OpenTabAsync();
        await SitePages.OpenStyledAsync(tab.Page, "/directory/teen-social-nights");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Report something wrong with this service" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Report something wrong with this service");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "service report form");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToContainTextAsync("Select what is wrong with the service");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "service report form with errors");

        await tab.Page.GetByLabel("The times or dates are wrong").CheckAsync();
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).Not.ToHaveTextAsync("Report something wrong with this service");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "service report sent");
    }

    [Fact]
    public async Task The_filters_work_without_javascript_on_a_phone_and_a_bad_filter_shows_an_accessible_error()
    {
        var context = await site.Browser.NewContextAsync(new()
        {
            BaseURL = site.BaseAddress.ToString().TrimEnd('/'),
            JavaScriptEnabled = false,
            ViewportSize = new() { Width = 320, Height = 640 },
        });
        context.SetDefaultTimeout(15_000);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/short-breaks");
            await page.GetByRole(AriaRole.Link, new() { Name = "Find short breaks in our directory" }).ClickAsync();
            await page.GetByLabel("Age of your child or young person").FillAsync("8");
            await page.GetByLabel("Poole").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            Assert.Contains("kind=short-break", page.Url, StringComparison.Ordinal);
            Assert.Contains("locality=poole", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator(".app-directory-results")).ToContainTextAsync("Saturday Splash Club");
        }
        finally
        {
            await context.CloseAsync();
        }

        await using var tab = await site.OpenTabAsync();
        var response = await tab.Page.GotoAsync("/directory?age=eight&kind=castle");
        Assert.Equal(400, response!.Status);
        await SitePages.AssertStylesheetAppliedAsync(tab.Page);
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter an age in whole years");
        await Assertions.Expect(tab.Page.GetByLabel("Age of your child or young person")).ToHaveValueAsync("eight");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/directory (errors)");
    }

    [Fact]
    public async Task Every_editorial_directory_screen_has_no_violations_including_its_error_states()
    {
        await using var authorTab = await site.OpenTabAsync();
        var author = authorTab.Page;
        await EditorialBrowserAccounts.SignInAsync(author, await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author));

        await SitePages.OpenStyledAsync(author, "/editorial/directory");
        await AxeAssertions.AssertNoViolationsAsync(author, "/editorial/directory");

        // The new-service form with every kind of error.
        await SitePages.OpenStyledAsync(author, "/editorial/directory/new");
        await AxeAssertions.AssertNoViolationsAsync(author, "/editorial/directory/new");
        await author.GetByLabel("Name of the service").FillAsync("Browser test holiday club");
        await author.GetByLabel("Youngest age").FillAsync("12");
        await author.GetByLabel("Oldest age").FillAsync("4");
        await author.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Assertions.Expect(author.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the organisation");
        await Assertions.Expect(author.GetByLabel("Name of the service")).ToHaveValueAsync("Browser test holiday club");
        await AxeAssertions.AssertNoViolationsAsync(author, "/editorial/directory/new (errors)");

        await author.GetByLabel("Organisation that runs it").FillAsync("Sample: Browser Test Trust");
        await author.GetByLabel("Description").FillAsync("A holiday club made by the browser tests.");
        await author.GetByLabel("Kind of service").SelectOptionAsync("short-break");
        await author.GetByLabel("Oldest age").FillAsync("16");
        await author.GetByLabel("Christchurch").CheckAsync();
        await author.GetByLabel("Free", new() { Exact = true }).CheckAsync();
        await author.GetByLabel("Self-referral").CheckAsync();
        await author.GetByLabel("Who keeps this listing up to date").FillAsync("BCP Council Short Breaks Team");
        await author.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Assertions.Expect(author.Locator(".govuk-notification-banner")).ToContainTextAsync("saved as a draft");
        var details = author.Url;
        await AxeAssertions.AssertNoViolationsAsync(author, "service details (draft)");

        await SitePages.OpenStyledAsync(author, new Uri(details).AbsolutePath + "/edit");
        // The author named another organisation as its keeper: their edits from now on are proposals.
        await Assertions.Expect(author.Locator(".govuk-warning-text")).ToContainTextAsync("BCP Council Short Breaks Team keeps this listing up to date, not SENDIASS");
        await AxeAssertions.AssertNoViolationsAsync(author, "service edit form");
        await SitePages.OpenStyledAsync(author, new Uri(details).AbsolutePath);
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(author.Locator(".govuk-notification-banner")).ToContainTextAsync("Submitted for review");

        // The board's review, with the error of asking for changes without saying what.
        await using var boardTab = await site.OpenTabAsync();
        var board = boardTab.Page;
        await EditorialBrowserAccounts.SignInAsync(board, await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard));
        await SitePages.OpenStyledAsync(board, new Uri(details).AbsolutePath);
        await AxeAssertions.AssertNoViolationsAsync(board, "service awaiting review");
        await board.GetByRole(AriaRole.Button, new() { Name = "Request changes" }).ClickAsync();
        await Assertions.Expect(board.Locator(".govuk-error-summary")).ToContainTextAsync("Say what needs to change");
        await AxeAssertions.AssertNoViolationsAsync(board, "request changes (error)");
        await board.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(board.Locator(".govuk-notification-banner")).ToContainTextAsync("Approved and published");
        await AxeAssertions.AssertNoViolationsAsync(board, "service published");
    }

    [Fact]
    public async Task A_provider_updates_their_own_listing_and_the_board_reads_the_change_side_by_side_with_no_violations()
    {
        await using var providerTab = await site.OpenTabAsync();
        var provider = providerTab.Page;
        var account = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Provider, ["Sample: Seaview Short Breaks Trust"]);
        await EditorialBrowserAccounts.SignInAsync(provider, account, landing: "Your services");
        await AxeAssertions.AssertNoViolationsAsync(provider, "a provider's services");
        await Assertions.Expect(provider.Locator(".govuk-service-navigation__link")).ToHaveTextAsync(["Directory"]);

        await provider.GetByRole(AriaRole.Link, new() { Name = "Stay and Play overnight breaks" }).ClickAsync();
        await provider.GetByRole(AriaRole.Link, new() { Name = "Change the service" }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(provider, "a provider's service form");
        await Assertions.Expect(provider.GetByLabel("Organisation that runs it")).ToHaveValueAsync("Sample: Seaview Short Breaks Trust");
        await provider.GetByLabel("Opening times (optional)").FillAsync("Fridays and Saturdays, 4pm to 10am the next day.");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Assertions.Expect(provider.Locator(".govuk-notification-banner")).ToContainTextAsync("saved as a new draft");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(provider.Locator(".govuk-notification-banner")).ToContainTextAsync("Submitted for review");
        var details = new Uri(provider.Url).AbsolutePath;

        await using var boardTab = await site.OpenTabAsync();
        var board = boardTab.Page;
        await EditorialBrowserAccounts.SignInAsync(board, await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard));
        await SitePages.OpenStyledAsync(board, details);
        var changes = board.Locator(".app-diff-table");
        await Assertions.Expect(changes.Locator("tbody th")).ToHaveTextAsync(["Opening times"]);
        await Assertions.Expect(changes.Locator("tbody td").Nth(1)).ToContainTextAsync("Fridays");
        await AxeAssertions.AssertNoViolationsAsync(board, "a provider's change awaiting review, compared");
    }
}
