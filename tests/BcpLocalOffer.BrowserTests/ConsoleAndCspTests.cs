using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

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
        // Playwright raises these events off the test thread.
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"uncaught script error: {error}");
        await page.ExposeFunctionAsync("reportCspViolation", (string violation) => problems.Enqueue($"CSP violation: {violation}"));
        await page.AddInitScriptAsync(ReportCspViolations);

        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}.");
        // The site's module script adds js-enabled once it and GOV.UK Frontend have run, so every
        // script and stylesheet has been fetched and applied.
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bjs-enabled\b"));
        // Violation events are delivered asynchronously; a quiet network means the last has arrived.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(problems.IsEmpty, $"{path} reported {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
