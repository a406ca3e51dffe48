using static Microsoft.Playwright.Assertions;

namespace BcpLocalOffer.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(LocalOfferSite site)
{
    [Fact]
    public async Task Unknown_address_shows_the_404_page_in_the_site_design_with_a_search_box()
    {
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;

        var response = await page.GotoAsync(SitePages.Unknown);

        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await SitePages.AssertStylesheetAppliedAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Expect(page.Locator("header.govuk-template__header")).ToBeVisibleAsync();
        await Expect(page.Locator("nav[aria-label='Menu']")).ToBeVisibleAsync();
        await Expect(page.Locator("footer.govuk-footer")).ToBeVisibleAsync();

        // The search inside the page content, not only the one in the header.
        var search = page.Locator("#main-content form[action='/search']");
        await Expect(search).ToHaveCountAsync(1);
        await Expect(search.Locator("input[name='q']")).ToBeVisibleAsync();
        await Expect(search.GetByLabel("Search the Local Offer")).ToBeEditableAsync();
    }

    [Fact]
    public async Task Not_found_page_has_no_WCAG_AA_violations()
    {
        await using var tab = await site.OpenTabAsync();
        await tab.Page.GotoAsync(SitePages.Unknown);
        await SitePages.AssertStylesheetAppliedAsync(tab.Page);

        await AxeAssertions.AssertNoViolationsAsync(tab.Page, SitePages.Unknown);
    }
}
