using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// On a 375 by 667 phone a family sees the page they asked for, not the site's chrome: each kind of
/// page's own heading starts in the top third of the first screen, and the search results page has
/// one search box and its first result on the first screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneFirstTests(LocalOfferSite site)
{
    private const int Width = 375;
    private const int Height = 667;

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Section)]
    [InlineData(SitePages.Content)]
    [InlineData(SitePages.Guide)]
    [InlineData(SitePages.GuidePart)]
    [InlineData(SitePages.GraduatedResponse)]
    [InlineData("/improvement-plan")]
    [InlineData("/improvement-plan/actions")]
    [InlineData("/directory")]
    [InlineData("/you-said-we-did")]
    [InlineData("/have-your-say")]
    [InlineData("/search?q=short+breaks")]
    public async Task The_pages_own_heading_starts_in_the_top_third_of_a_phones_first_screen(string path)
    {
        await using var tab = await site.OpenTabAsync(viewportWidth: Width, viewportHeight: Height);
        await SitePages.OpenStyledAsync(tab.Page, path);

        // The heading is the h1 with the caption GOV.UK pages put right above it ("Guide"), if any.
        var top = await tab.Page.Locator("main h1").First.EvaluateAsync<double>(
            "h1 => (h1.previousElementSibling?.className.includes('govuk-caption') ? h1.previousElementSibling : h1).getBoundingClientRect().top");

        Assert.True(top < Height / 3.0, $"{path}: the heading starts {top:0}px down a {Height}px screen (the top third ends at {Height / 3}px).");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, $"{path} at {Width}px");
    }

    [Fact]
    public async Task The_search_results_page_has_one_search_box_and_its_first_result_on_the_first_screen()
    {
        await using var tab = await site.OpenTabAsync(viewportWidth: Width, viewportHeight: Height);
        await SitePages.OpenStyledAsync(tab.Page, "/search?q=short+breaks");

        Assert.Equal(1, await tab.Page.Locator("input[name=q]:visible").CountAsync());
        var first = await tab.Page.Locator(".app-search-result").First.EvaluateAsync<double>("result => result.getBoundingClientRect().bottom");
        Assert.True(first <= Height, $"the first result ends {first:0}px down a {Height}px screen");

        // The filters are folded behind one control, and open from it.
        var filters = tab.Page.Locator("nav.app-search-filters");
        await Assertions.Expect(filters).Not.ToBeVisibleAsync();
        await tab.Page.GetByText("Filter results").ClickAsync();
        await Assertions.Expect(filters).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "search results at 375px with the filters open");
    }
}
