using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(LocalOfferSite site)
{
    // The narrowest screen WCAG 1.4.10 (reflow) asks us to support without sideways scrolling.
    private const int NarrowestViewport = 320;

    [Theory]
    [MemberData(nameof(SitePages.EveryPageType), MemberType = typeof(SitePages))]
    public async Task Page_has_no_WCAG_AA_violations(string path)
    {
        await using var tab = await site.OpenTabAsync();

        await SitePages.OpenStyledAsync(tab.Page, path);

        await AxeAssertions.AssertNoViolationsAsync(tab.Page, path);
    }

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Content)]
    public async Task Page_reflows_at_320px_without_violations_or_sideways_scrolling(string path)
    {
        await using var tab = await site.OpenTabAsync(viewportWidth: NarrowestViewport, viewportHeight: 640);

        await SitePages.OpenStyledAsync(tab.Page, path);

        var scrollWidth = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        // One pixel of slack for sub-pixel rounding.
        Assert.True(scrollWidth <= NarrowestViewport + 1,
            $"{path} is {scrollWidth}px wide at a {NarrowestViewport}px viewport, so it scrolls sideways. " +
            $"Widest elements: {await WidestElementsAsync(tab.Page)}");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, path);
    }

    [Fact]
    public async Task Stylesheet_from_GOV_UK_Frontend_is_applied()
    {
        await using var tab = await site.OpenTabAsync();

        await SitePages.OpenStyledAsync(tab.Page, SitePages.Home);

        // GOV.UK Frontend sets the typeface on its typography classes, not on body.
        var headingFont = await tab.Page.Locator("h1").EvaluateAsync<string>("heading => getComputedStyle(heading).fontFamily");
        Assert.Contains("arial", headingFont, StringComparison.OrdinalIgnoreCase);
    }

    private static Task<string> WidestElementsAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => [...document.querySelectorAll("body *")]
            .map(element => ({ element, right: element.getBoundingClientRect().right }))
            .filter(item => item.right > document.documentElement.clientWidth + 1)
            .sort((a, b) => b.right - a.right)
            .slice(0, 5)
            .map(item => `${item.element.tagName.toLowerCase()}${item.element.className ? "." + String(item.element.className).trim().replace(/\s+/g, ".") : ""} (right edge ${Math.round(item.right)}px)`)
            .join("; ")
        """);
}
