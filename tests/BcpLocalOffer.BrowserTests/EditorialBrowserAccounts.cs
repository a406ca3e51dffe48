using BcpLocalOffer.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>Back-office accounts made for one test, signed in through the sign-in page as a person does.</summary>
public static class EditorialBrowserAccounts
{
    public const string Password = "browser-test-password";

    /// <summary>A new account in the role, with a unique address so tests never share one.</summary>
    /// <param name="provides">For a service provider, the directory organisations whose services they keep.</param>
    public static async Task<string> CreateAsync(LocalOfferSite site, string role, IReadOnlyList<string>? provides = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@local-offer.test";
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EditorialAccounts>().CreateAsync(email, Password, role, "Browser Test", provides is null ? "SENDIASS" : "", provides);
        Assert.True(result.Succeeded, EditorialAccounts.Describe(result));
        return email;
    }

    /// <param name="landing">The heading of the page they land on: a provider's is their services.</param>
    public static async Task SignInAsync(IPage page, string email, string landing = "Editorial dashboard")
    {
        await SitePages.OpenStyledAsync(page, "/editorial/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(landing);
    }
}
