using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// The seeded pages the suite visits: one of each page type (view), so every template is exercised.
/// </summary>
public static class SitePages
{
    public const string Home = "/";
    public const string Section = "/short-breaks";
    public const string Content = "/money-and-personal-budgets/direct-payments";
    public const string Guide = "/education/ehc-needs-assessments-and-plans";
    public const string GuidePart = "/education/ehc-needs-assessments-and-plans/the-20-week-timeline";
    public const string GraduatedResponse = "/graduated-response/school-age/communication-and-interaction";
    public const string Unknown = "/no-such-page";

    public static TheoryData<string> EveryPageType =>
        [Home, Section, Content, Guide, GuidePart, GraduatedResponse];

    /// <summary>
    /// Opens the page and proves the site's stylesheet applied: without it, colour contrast and
    /// reflow checks would pass or fail against browser defaults, not the design.
    /// </summary>
    public static async Task OpenStyledAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}.");
        await AssertStylesheetAppliedAsync(page);
    }

    public static async Task AssertStylesheetAppliedAsync(IPage page)
    {
        // GOV.UK Frontend clips the skip link to 1px until it is focused; unstyled it is a full-size link.
        var skipLinkWidth = await page.Locator("a.govuk-skip-link").EvaluateAsync<double>("link => link.getBoundingClientRect().width");
        Assert.True(skipLinkWidth <= 1, $"The skip link is {skipLinkWidth}px wide before focus: app.css did not load on {page.Url}.");
    }
}
