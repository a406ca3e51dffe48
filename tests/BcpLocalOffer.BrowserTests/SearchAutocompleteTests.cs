using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcpLocalOffer.BrowserTests;

/// <summary>Suggestions as you type in the header search box (accessible-autocomplete).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchAutocompleteTests(LocalOfferSite site)
{
    private const string GovUkFocusYellow = "rgb(255, 221, 0)";

    // Typed a key at a time, with a pause a person might leave, so the debounce and the
    // request for each prefix really happen.
    private static readonly LocatorPressSequentiallyOptions Typing = new() { Delay = 60 };

    [Fact]
    public async Task Open_suggestions_have_no_WCAG_AA_violations_and_the_box_keeps_the_GOV_UK_look()
    {
        await SearchReadiness.WaitAsync(site);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, SitePages.Home);
        var box = await EnhancedBoxAsync(page);

        await TypeAsync(page, box, "shor");

        var options = Options(page);
        await Expect(options.First).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        // The header's label still names the box, so it is announced as before.
        await Expect(page.GetByLabel("Search the Local Offer", new() { Exact = true }).First).ToHaveAttributeAsync("role", "combobox");
        var look = await box.EvaluateAsync<string[]>(
            "box => { const s = getComputedStyle(box); return [s.fontFamily, s.borderTopWidth, s.borderTopColor, s.outlineColor, s.outlineStyle]; }");
        Assert.Contains("arial", look[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["2px", "rgb(11, 12, 12)", GovUkFocusYellow, "solid"], look[1..]);
        await AxeAssertions.AssertNoViolationsAsync(page, "the home page with suggestions open");
    }

    [Fact]
    public async Task Arrow_down_and_Enter_go_to_the_suggested_page()
    {
        await SearchReadiness.WaitAsync(site);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, SitePages.Home);
        var box = await EnhancedBoxAsync(page);

        await TypeAsync(page, box, "shor");
        var first = Options(page).First;
        await Expect(first).ToHaveTextAsync("Short breaks");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(first).ToBeFocusedAsync();
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/short-breaks$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Short breaks");
    }

    [Fact]
    public async Task Choosing_a_synonym_searches_for_it()
    {
        await SearchReadiness.WaitAsync(site);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, SitePages.Home);
        var box = await EnhancedBoxAsync(page);

        await TypeAsync(page, box, "resp");
        var options = Options(page);
        var synonym = options.GetByText("respite", new() { Exact = true });
        await Expect(synonym).ToBeVisibleAsync();
        var titles = await options.AllInnerTextsAsync();
        var presses = titles.ToList().FindIndex(t => t.Trim() == "respite") + 1;
        for (var i = 0; i < presses; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Expect(synonym).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=respite$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Search results");
    }

    [Fact]
    public async Task Enter_without_choosing_a_suggestion_searches_for_what_was_typed()
    {
        await SearchReadiness.WaitAsync(site);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, SitePages.Home);
        var box = await EnhancedBoxAsync(page);

        await TypeAsync(page, box, "shor");
        // With the menu open, so the library's own Enter handling is the one being worked around.
        await Expect(Options(page).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=shor$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Search results");
        // The results page puts the search back in the box, where it can be changed.
        await Expect(await EnhancedBoxAsync(page)).ToHaveValueAsync("shor");
    }

    [Fact]
    public async Task Search_page_with_suggestions_open_has_no_console_errors_or_CSP_violations()
    {
        await SearchReadiness.WaitAsync(site);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        var problems = await PageProblems.WatchAsync(page);

        var response = await page.GotoAsync(SearchPageTests.ResultsPath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{SearchPageTests.ResultsPath} answered {response.Status}.");
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bjs-enabled\b"));
        var box = await EnhancedBoxAsync(page);
        await Expect(box).ToHaveValueAsync("short breaks");
        await box.FillAsync("");
        await TypeAsync(page, box, "shor");
        await Expect(Options(page).First).ToBeVisibleAsync();
        // Violation events are delivered asynchronously; a quiet network means the last has arrived.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(problems.IsEmpty, problems.Describe(SearchPageTests.ResultsPath));
    }

    /// <summary>The header box once the script has replaced it with the autocomplete.</summary>
    /// <summary>
    /// Types the words and waits for the suggestions answer for all of them. Under load an earlier
    /// prefix's answer can otherwise arrive while the test arrows down and replace the options under it.
    /// </summary>
    private static Task TypeAsync(IPage page, ILocator box, string words) =>
        page.RunAndWaitForResponseAsync(
            () => box.PressSequentiallyAsync(words, Typing),
            response => response.Url.EndsWith("/api/search/suggestions?q=" + Uri.EscapeDataString(words), StringComparison.Ordinal));

    private static async Task<ILocator> EnhancedBoxAsync(IPage page)
    {
        var box = page.Locator("form.app-header-search input#site-search[role='combobox']");
        await Expect(box).ToBeVisibleAsync();
        await Expect(page.Locator("#site-search")).ToHaveCountAsync(1);
        await Expect(box).ToHaveAttributeAsync("name", "q");
        return box;
    }

    private static ILocator Options(IPage page) => page.Locator("#site-search__listbox [role='option']");
}
