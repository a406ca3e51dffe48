namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// Nothing jumps after it has appeared: the cumulative layout shift of each page type at a phone's
/// width, from the browser's own Layout Instability API, stays under 0.02 (good is under 0.1).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutShiftTests(LocalOfferSite site)
{
    private const double MostShift = 0.02;

    // Every shift since navigation (buffered), without those a visitor's own input caused.
    private const string ObserveShifts =
        """
        window.layoutShift = 0;
        new PerformanceObserver(list => {
            for (const entry of list.getEntries()) {
                if (!entry.hadRecentInput) {
                    window.layoutShift += entry.value;
                    window.layoutShiftSources = (window.layoutShiftSources || []).concat(entry.sources.map(s => `${s.node ? (s.node.nodeName + "." + (s.node.className || "")) : "?"} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)} at ${Math.round(entry.startTime)}ms`));
                }
            }
        }).observe({ type: "layout-shift", buffered: true });
        """;

    public static TheoryData<string> Pages =>
        [SitePages.Home, SitePages.Section, SitePages.Content, SitePages.Guide, SitePages.GuidePart, SitePages.GraduatedResponse,
            "/search?q=short+breaks", "/improvement-plan", "/directory", "/you-said-we-did", "/have-your-say"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_does_not_move_after_it_has_appeared_on_a_phone(string path)
    {
        await using var tab = await site.OpenTabAsync(viewportWidth: 375, viewportHeight: 667);
        await tab.Page.AddInitScriptAsync(ObserveShifts);

        await SitePages.OpenStyledAsync(tab.Page, path);
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        // Enhancements run from a deferred module after parsing; give them, and the frames after, time to land.
        await tab.Page.WaitForTimeoutAsync(500);

        var shift = await tab.Page.EvaluateAsync<double>("() => window.layoutShift");
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.body.classList.contains('govuk-frontend-supported')"), "GOV.UK Frontend's support class is missing");
        var sources = await tab.Page.EvaluateAsync<string>("() => (window.layoutShiftSources || []).slice(0, 4).join('; ')");
        Assert.True(shift < MostShift, $"{path} shifted by {shift:0.000} after it appeared (target under {MostShift}): {sources}");
    }
}
