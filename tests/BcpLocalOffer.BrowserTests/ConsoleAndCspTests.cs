using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConsoleAndCspTests(LocalOfferSite site)
{
    // Added before any page script runs; Playwright injects it outside the page's CSP.
    private const string ReportCspViolations =
        """
        document.addEventListener("securitypolicyviolation", event =>
            window.reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile || "document"}:${event.lineNumber})`));
        """;

    /// <summary>
    /// Our CSP has no 'unsafe-inline': an inline script, style attribute or style element anywhere
    /// in a template is silently blocked in browsers. This catches it, and any script error.
    /// </summary>
    [Theory]
    [MemberData(nameof(SitePages.EveryPageType), MemberType = typeof(SitePages))]
    public async Task Page_loads_without_console_errors_or_CSP_violations(string path)
    {
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"uncaught script error: {error}");
        await page.ExposeFunctionAsync("reportCspViolation", (string violation) => problems.Add($"CSP violation: {violation}"));
        await page.AddInitScriptAsync(ReportCspViolations);

        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}.");
        // The site's module script adds js-enabled when it has run: by then every script and
        // stylesheet has been fetched and applied, so any violation has been reported.
        await Microsoft.Playwright.Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bjs-enabled\b"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(problems.Count == 0, $"{path} reported {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
