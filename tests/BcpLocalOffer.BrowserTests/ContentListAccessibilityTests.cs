using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The content list, opened a level at a time and searched, with its error and empty states, checked with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentListAccessibilityTests(LocalOfferSite site)
{

    [Fact]
    public async Task Opening_the_tree_and_searching_it_with_the_keyboard_have_no_violations_including_errors()
    {
        var email = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, "/editorial/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(EditorialBrowserAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Editorial dashboard");

        await SitePages.OpenStyledAsync(page, "/editorial/content");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/content");

        await page.GetByRole(AriaRole.Link, new() { Name = "pages beneath Short breaks" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h2").First).ToHaveTextAsync("Short breaks");
        await Assertions.Expect(page.Locator(".govuk-breadcrumbs a[href='/editorial/content']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("What short breaks are");
        await AxeAssertions.AssertNoViolationsAsync(page, "content list, a page opened");

        await page.GetByLabel("Find a page by its title").FillAsync("annual reviews");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("with ‘annual reviews’ in the title");
        await AxeAssertions.AssertNoViolationsAsync(page, "content list, search results");

        await page.GetByLabel("Find a page by its title").FillAsync("xylophone lessons");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find pages" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No page has ‘xylophone lessons’ in its title");
        await AxeAssertions.AssertNoViolationsAsync(page, "content list, nothing found");

        await page.GetByLabel("Find a page by its title").FillAsync(new string('x', 101));
        await page.GetByRole(AriaRole.Button, new() { Name = "Find pages" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Search for 100 characters or fewer");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "content list, search too long (errors)");
    }
}
