using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>Every public and editorial page of the improvement plan, error states included, checked with axe (WCAG 2.2 AA).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImprovementPlanAccessibilityTests(LocalOfferSite site)
{
    private const string Password = "browser-test-password";

    public static TheoryData<string> PublicPages =>
    [
        "/improvement-plan",
        "/improvement-plan/areas/5",
        "/improvement-plan/actions/8A",
        "/improvement-plan/actions",
        "/improvement-plan/actions?area=1&status=not-started&overdue=true",
        "/improvement-plan/easy-read",
        "/improvement-plan/quarterly-reports",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_plan_pages_have_no_violations(string path)
    {
        await using var tab = await site.OpenTabAsync();

        await SitePages.OpenStyledAsync(tab.Page, path);

        await AxeAssertions.AssertNoViolationsAsync(tab.Page, path);
    }

    [Fact]
    public async Task The_overview_works_on_a_phone_and_its_chart_has_a_name_for_every_bar()
    {
        await using var tab = await site.OpenTabAsync(viewportWidth: 320, viewportHeight: 640);
        await SitePages.OpenStyledAsync(tab.Page, "/improvement-plan");

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Img, new() { Name = "Area 1, Culture:" })).ToBeVisibleAsync();
        Assert.Equal(8, await tab.Page.Locator(".app-plan-chart svg[role=img]").CountAsync());
        Assert.Equal(9, await tab.Page.Locator(".app-plan-counts tbody tr").CountAsync());
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/improvement-plan at 320px");
    }

    [Fact]
    public async Task The_filters_work_without_javascript_and_a_bad_filter_shows_an_accessible_error()
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseAddress.ToString().TrimEnd('/'), JavaScriptEnabled = false });
        context.SetDefaultTimeout(15_000);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/improvement-plan/actions");
            await page.GetByLabel("Area").SelectOptionAsync("4");
            await page.GetByLabel("Only overdue actions").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Show actions" }).ClickAsync();
            Assert.Contains("area=4", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("14A");

        }
        finally
        {
            await context.CloseAsync();
        }

        // axe runs as script, so the error state is checked in an ordinary tab.
        await using var tab = await site.OpenTabAsync();
        var response = await tab.Page.GotoAsync("/improvement-plan/actions?status=purple&officer=Nobody");
        Assert.Equal(400, response!.Status);
        await SitePages.AssertStylesheetAppliedAsync(tab.Page);
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose a status from the list");
        await Assertions.Expect(tab.Page.GetByLabel("Accountable officer")).ToHaveValueAsync("");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/improvement-plan/actions (errors)");
    }

    [Fact]
    public async Task A_status_change_and_a_quarterly_report_from_draft_to_published_have_no_violations_on_any_editorial_page()
    {
        var drafter = await CreateAccountAsync(EditorialRoles.EditorialBoard);
        var approver = await CreateAccountAsync(EditorialRoles.EditorialBoard);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SignInAsync(page, drafter);

        await page.GetByRole(AriaRole.Link, new() { Name = "Improvement plan: action statuses and quarterly reports" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Improvement plan");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/improvement-plan");

        await page.GotoAsync("/editorial/improvement-plan/actions/7A");
        await AxeAssertions.AssertNoViolationsAsync(page, "editorial action page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the action's new status");
        await AxeAssertions.AssertNoViolationsAsync(page, "status change form (errors)");

        await page.GetByLabel("On track").CheckAsync();
        await page.GetByLabel("Commentary for families").FillAsync("The joint needs assessment is drafted.");
        await page.GetByLabel("Kind of evidence").SelectOptionAsync("Review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "status change (draft)");
        var changeUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the draft" }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "change the draft");
        await page.GotoAsync(changeUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("another member of the editorial board must approve it");
        await AxeAssertions.AssertNoViolationsAsync(page, "status change (submitted, own)");

        await using var other = await site.OpenTabAsync();
        await SignInAsync(other.Page, approver);
        await other.Page.GotoAsync(changeUrl);
        await other.Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(other.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Approved and published");
        await SitePages.OpenStyledAsync(other.Page, "/improvement-plan/actions/7A");
        await Assertions.Expect(other.Page.Locator("main")).ToContainTextAsync("The joint needs assessment is drafted.");
        await AxeAssertions.AssertNoViolationsAsync(other.Page, "/improvement-plan/actions/7A (with history)");

        await page.GotoAsync("/editorial/improvement-plan/reports");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/improvement-plan/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a quarterly update" }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "new quarterly report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a title");
        await AxeAssertions.AssertNoViolationsAsync(page, "new quarterly report (errors)");
        await page.GetByLabel("Title").FillAsync("Browser test quarter");
        await page.GetByLabel("Summary of the quarter for families").FillAsync("A quarter of progress.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "quarterly report (draft)");
        var reportUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();

        await other.Page.GotoAsync(reportUrl);
        await AxeAssertions.AssertNoViolationsAsync(other.Page, "quarterly report (to review)");
        await other.Page.GetByRole(AriaRole.Button, new() { Name = "Publish the quarterly report" }).ClickAsync();
        await Assertions.Expect(other.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Published");

        await SitePages.OpenStyledAsync(page, "/improvement-plan/quarterly-reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Browser test quarter" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The joint needs assessment is drafted.");
        await AxeAssertions.AssertNoViolationsAsync(page, "public quarterly report");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await SitePages.OpenStyledAsync(page, "/editorial/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Editorial dashboard");
    }

    private async Task<string> CreateAccountAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@local-offer.test";
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EditorialAccounts>().CreateAsync(email, Password, role, "Browser Test", "SENDIASS");
        Assert.True(result.Succeeded, EditorialAccounts.Describe(result));
        return email;
    }
}
