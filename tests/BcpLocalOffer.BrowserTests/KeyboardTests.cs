using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BcpLocalOffer.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(LocalOfferSite site)
{
    // Far more stops than the header has; reaching the limit means focus is trapped or lost.
    private const int MaxTabPresses = 30;

    private const string GovUkFocusYellow = "rgb(255, 221, 0)";

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content()
    {
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, SitePages.Home);
        var skipLink = page.Locator("a.govuk-skip-link");

        await page.Keyboard.PressAsync("Tab");

        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveTextAsync("Skip to main content");
        // Visually hidden until focused: once focused it must be a real, readable box.
        var box = await skipLink.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 1 && box.Height > 1, $"The focused skip link is only {box.Width}x{box.Height}px, so sighted keyboard users cannot see it.");

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("#main-content$"));
        await Expect(page.Locator("#main-content")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Main_navigation_is_reachable_by_keyboard_with_a_visible_focus_indicator_at_every_stop()
    {
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await SitePages.OpenStyledAsync(page, SitePages.Home);
        var shortBreaksLink = page.Locator("nav[aria-label='Menu'] a", new() { HasText = "Short breaks" });
        await Expect(shortBreaksLink).ToBeVisibleAsync();

        var stops = new List<string>();
        for (var presses = 0; presses < MaxTabPresses; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await DescribeFocusAsync(page);
            stops.Add(focused.Description);
            Assert.True(focused.HasVisibleIndicator,
                $"Tab stop {presses + 1} ({focused.Description}) has no visible focus indicator: " +
                $"background {focused.BackgroundColor}, outline {focused.Outline}, box-shadow {focused.BoxShadow}.");

            if (focused.IsShortBreaksNavigationLink)
            {
                break;
            }
        }

        Assert.True(await shortBreaksLink.EvaluateAsync<bool>("link => link === document.activeElement"),
            $"The \"Short breaks\" navigation link was not reached in {MaxTabPresses} Tab presses. Stops: {string.Join(" → ", stops)}");

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/short-breaks$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Short breaks");
    }

    private static async Task<FocusedElement> DescribeFocusAsync(IPage page)
    {
        var focused = await page.EvaluateAsync<FocusedElement?>(
            """
            () => {
                const element = document.activeElement;
                if (!element || element === document.body) {
                    return null;
                }
                const style = getComputedStyle(element);
                const text = (element.textContent || element.getAttribute("aria-label") || element.getAttribute("name") || "").trim().replace(/\s+/g, " ");
                return {
                    description: `${element.tagName.toLowerCase()} "${text.slice(0, 40)}"`,
                    backgroundColor: style.backgroundColor,
                    outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
                    // GOV.UK draws a transparent outline for Windows high contrast mode: it only shows there.
                    hasVisibleOutline: style.outlineStyle !== "none"
                        && (parseFloat(style.outlineWidth) || 0) > 0
                        && !/^rgba\(.*,\s*0\)$|^transparent$/.test(style.outlineColor),
                    boxShadow: style.boxShadow,
                    isShortBreaksNavigationLink: element.matches("nav[aria-label='Menu'] a") && text === "Short breaks",
                };
            }
            """);
        Assert.True(focused is not null, "Pressing Tab left focus on the page body: a tab stop lost focus.");
        return focused;
    }

    // A class with setters because Playwright deserialises evaluate results through a parameterless constructor.
    private sealed class FocusedElement
    {
        public string Description { get; set; } = "";

        public string BackgroundColor { get; set; } = "";

        public string Outline { get; set; } = "";

        public bool HasVisibleOutline { get; set; }

        public string BoxShadow { get; set; } = "";

        public bool IsShortBreaksNavigationLink { get; set; }

        // GOV.UK Frontend marks focus with a yellow background on links and buttons, and with a
        // yellow outline or a box-shadow underline on inputs and other controls.
        public bool HasVisibleIndicator =>
            BackgroundColor == GovUkFocusYellow
            || HasVisibleOutline
            || (BoxShadow.Length > 0 && BoxShadow != "none");
    }
}
