using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcpLocalOffer.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class GuideNavigationTests(LocalOfferSite site)
{
    // More parts than any seeded guide; hitting it means the Next links go round in a circle.
    private const int MaxParts = 20;

    [Fact]
    public async Task Next_links_walk_through_every_part_with_the_current_part_marked_in_the_contents()
    {
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await page.GotoAsync(SitePages.Guide);

        var contents = page.Locator("nav[aria-label='Contents']");
        var partTitles = await contents.Locator("li").AllInnerTextsAsync();
        Assert.True(partTitles.Count > 1, $"The guide's contents list has {partTitles.Count} part(s); a guide needs several.");
        var next = page.Locator("nav.govuk-pagination a[rel='next']");
        var visited = new List<string>();

        for (var part = 0; part < partTitles.Count; part++)
        {
            Assert.True(part < MaxParts, "The Next links never end.");
            var expectedTitle = partTitles[part].Trim();
            visited.Add(page.Url);

            await Expect(contents).ToBeVisibleAsync();
            var current = contents.Locator("[aria-current='page']");
            await Expect(current).ToHaveCountAsync(1);
            await Expect(current).ToHaveTextAsync(expectedTitle);
            // The current part is plain text: a link to the page you are on is a wasted tab stop.
            await Expect(current.Locator("a")).ToHaveCountAsync(0);
            // The part's own heading follows the contents list, which has a heading of its own.
            await Expect(page.Locator("#main-content .govuk-grid-column-two-thirds > h2.govuk-heading-l").First).ToHaveTextAsync(expectedTitle);

            if (part == partTitles.Count - 1)
            {
                await Expect(next).ToHaveCountAsync(0);
                break;
            }

            await Expect(next).ToContainTextAsync(partTitles[part + 1].Trim());
            var previousUrl = page.Url;
            await next.ClickAsync();
            await Expect(page).Not.ToHaveURLAsync(previousUrl);
        }

        Assert.Equal(partTitles.Count, visited.Distinct().Count());
        Assert.Matches(new Regex("^[^?#]*" + Regex.Escape(SitePages.Guide) + "/[a-z0-9-]+$"), page.Url);
    }
}
