using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>"What our Local Offer covers", its back-office page and the edit form's tags, checked with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CoverageAccessibilityTests(LocalOfferSite site)
{
    [Fact]
    public async Task The_public_coverage_page_has_no_violations_and_reflows_on_a_phone()
    {
        await using var tab = await site.OpenTabAsync(viewportWidth: 320, viewportHeight: 640);

        await SitePages.OpenStyledAsync(tab.Page, "/what-our-local-offer-covers");

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("What our Local Offer covers");
        Assert.True(await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320);
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "what our Local Offer covers at 320 px");
    }

    [Fact]
    public async Task The_back_office_coverage_page_and_the_edit_forms_tags_have_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, author);

        await SitePages.OpenStyledAsync(tab.Page, "/editorial/coverage");
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Link, new() { Name = "Coverage" })).ToHaveAttributeAsync("aria-current", "true");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "back-office coverage");

        await SitePages.OpenStyledAsync(tab.Page, $"/editorial/content/{SeedKeys.ForTreePath("education/travel-to-school")}/edit");
        await tab.Page.GetByText("What the law asks for that this page covers").ClickAsync();
        await Assertions.Expect(tab.Page.GetByLabel("Travel to and from schools, post-16 institutions and early years education")).ToBeCheckedAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "edit form with the law's duties open");
    }
}
