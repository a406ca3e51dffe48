using BcpLocalOffer.Tests.Shared;
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

    /// <summary>
    /// WCAG 1.4.10 on the whole public site, not a list of templates: a crawl from the home page at
    /// 320 CSS pixels finds every page a visitor can reach, and none scrolls sideways as a whole (a wide
    /// table may scroll inside its own labelled region) or has an axe violation at that width.
    /// </summary>
    [Fact]
    public async Task Every_public_page_a_crawl_reaches_reflows_at_320px_without_violations()
    {
        await using var tab = await site.OpenTabAsync(viewportWidth: NarrowestViewport, viewportHeight: 640);
        var page = tab.Page;
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var pending = new Queue<string>(["/"]);
        var problems = new List<string>();
        var crawled = 0;
        while (pending.Count > 0)
        {
            var link = pending.Dequeue();
            var response = await page.GotoAsync(link);
            if (response is not { Ok: true } || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }

            crawled++;
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            // One pixel of slack for sub-pixel rounding.
            if (scrollWidth > NarrowestViewport + 1)
            {
                problems.Add($"{link} is {scrollWidth}px wide: {await WidestElementsAsync(page)}");
            }

            var axe = await AxeAssertions.RunAsync(page, AxeReport.WcagAaOptions());
            if (axe.Violations.Length > 0)
            {
                problems.Add(AxeReport.Describe(link + " at 320px", axe.Violations));
            }

            foreach (var href in await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"))
            {
                if (PublicLinks.InternalPage(href) is { } next && seen.Add(next))
                {
                    pending.Enqueue(next);
                }
            }
        }

        Assert.True(crawled > 150, $"the crawl reached only {crawled} pages");
        Assert.True(problems.Count == 0, $"{problems.Count} problems on {crawled} pages at {NarrowestViewport}px:\n" + string.Join('\n', problems));
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
