using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Editorial;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The back office must be as accessible as the public site, error states included.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorialAccessibilityTests(LocalOfferSite site)
{
    private const string Password = "browser-test-password";

    [Fact]
    public async Task The_sign_in_page_and_its_error_state_have_no_violations()
    {
        await using var tab = await site.OpenTabAsync();

        await SitePages.OpenStyledAsync(tab.Page, "/editorial/sign-in");
        await AssertNoViolationsAsync(tab.Page, "/editorial/sign-in");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await AssertNoViolationsAsync(tab.Page, "/editorial/sign-in (errors)");
    }

    [Fact]
    public async Task An_editor_signs_in_with_the_keyboard_and_the_dashboard_has_no_violations()
    {
        var email = await CreateAccountAsync(EditorialRoles.EditorialBoard);
        await using var tab = await site.OpenTabAsync();
        await SitePages.OpenStyledAsync(tab.Page, "/editorial");

        await tab.Page.GetByLabel("Email address").FillAsync(email);
        await tab.Page.GetByLabel("Password").FillAsync(Password);
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Editorial dashboard");
        await AssertNoViolationsAsync(tab.Page, "/editorial");
    }

    [Fact]
    public async Task The_search_settings_page_and_its_confirmation_have_no_violations()
    {
        var email = await CreateAccountAsync(EditorialRoles.Administrator);
        await using var tab = await site.OpenTabAsync();
        await SignInAsync(tab.Page, email);

        await SitePages.OpenStyledAsync(tab.Page, "/editorial/search-settings");
        await AssertNoViolationsAsync(tab.Page, "/editorial/search-settings");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save synonyms" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Synonyms saved");
        await AssertNoViolationsAsync(tab.Page, "/editorial/search-settings (saved)");
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

    private static async Task AssertNoViolationsAsync(IPage page, string label)
    {
        var results = await page.RunAxe(AxeReport.WcagAaOptions());

        Assert.NotEmpty(results.Passes);
        Assert.True(results.Violations.Length == 0, AxeReport.Describe(label, results.Violations));
    }
}
