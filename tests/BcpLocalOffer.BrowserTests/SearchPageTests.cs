using System.Globalization;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Search;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The search results page in each of its states, with and without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchPageTests(LocalOfferSite site)
{
    public const string ResultsPath = "/search?q=short breaks";
    public const string NoResultsPath = "/search?q=xyzzyqqq";

    private static readonly string TooLongPath = "/search?q=" + new string('a', SearchRequest.MaxTextLength + 1);

    [Theory]
    [InlineData(ResultsPath)]
    [InlineData(NoResultsPath)]
    public async Task Search_page_has_no_WCAG_AA_violations(string path)
    {
        await SearchReadiness.WaitAsync(site);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;

        await SitePages.OpenStyledAsync(page, path);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Search results");
        var expected = path == NoResultsPath ? 0 : (int?)null;
        var total = await TotalAsync(page);
        Assert.True(expected is null ? total > 0 : total == expected, $"{path} shows {total} result(s).");
        await AxeAssertions.AssertNoViolationsAsync(page, path);
    }

    [Fact]
    public async Task Too_long_search_shows_a_GOV_UK_error_summary_without_WCAG_AA_violations()
    {
        await SearchReadiness.WaitAsync(site);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;

        var response = await page.GotoAsync(TooLongPath);

        Assert.NotNull(response);
        Assert.Equal(400, response.Status);
        await SitePages.AssertStylesheetAppliedAsync(page);
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.Locator("a[href='#search-page-q']")).ToContainTextAsync($"{SearchRequest.MaxTextLength} characters or fewer");
        // GOV.UK Frontend moves focus to the summary, so screen reader users hear the problem first.
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page.Locator("#search-page-q")).ToHaveAttributeAsync("aria-describedby", "search-page-q-error");
        await AxeAssertions.AssertNoViolationsAsync(page, "the too-long search (400)");
    }

    [Fact]
    public async Task Header_search_and_filters_work_without_JavaScript()
    {
        await SearchReadiness.WaitAsync(site);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
            JavaScriptEnabled = false,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        await using var tab = new BrowserTab(context, await context.NewPageAsync());
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, SitePages.Home);
        var headerForm = page.Locator("form.app-header-search");
        // Without JavaScript the box is the server's plain search input, not the autocomplete.
        await Expect(headerForm.Locator("input#site-search[type='search'][name='q']")).ToBeVisibleAsync();

        await headerForm.Locator("#site-search").FillAsync("short breaks");
        await headerForm.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=short\+breaks$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Search results");
        var total = await TotalAsync(page);
        Assert.True(total > 0, "The header search for 'short breaks' found nothing.");
        await Expect(page.Locator(".app-search-result").First).ToBeVisibleAsync();

        // Without JavaScript the filters are folded behind "Filter results" on every screen.
        await page.GetByText("Filter results").ClickAsync();
        // A filter that narrows: its count is below the total. The first list holds the types.
        var filters = await page.Locator("nav.app-search-filters ul").First.Locator("a").AllAsync();
        ILocator? narrowing = null;
        var expected = 0;
        foreach (var filter in filters)
        {
            var match = FacetCount().Match(await filter.InnerTextAsync());
            if (match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var count && count < total)
            {
                (narrowing, expected) = (filter, count);
                break;
            }
        }

        Assert.True(narrowing is not null, $"None of the {filters.Count} type filters for 'short breaks' narrows its {total} results.");
        var label = (await narrowing.InnerTextAsync()).Trim();
        await narrowing.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]type=[a-z0-9-]+"));
        Assert.Equal(expected, await TotalAsync(page));
        await Expect(page.Locator("nav.app-search-filters strong[aria-current='true']", new() { HasText = label })).ToBeVisibleAsync();
        await Expect(page.Locator(".app-search-result")).ToHaveCountAsync(Math.Min(expected, SearchRequest.PageSize));
    }

    /// <summary>The number in "N results for …".</summary>
    private static async Task<int> TotalAsync(IPage page)
    {
        var text = await page.Locator("p[role='status'] strong").First.InnerTextAsync();
        return int.Parse(text, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\((\d+)\)\s*$")]
    private static partial Regex FacetCount();
}
