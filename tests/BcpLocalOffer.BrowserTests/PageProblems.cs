using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// Console errors, uncaught script errors and CSP violations a page reports while a test drives
/// it. Our CSP has no 'unsafe-inline', so a style attribute or inline script added by a script
/// (or a library) is blocked silently unless something listens for it.
/// </summary>
public sealed class PageProblems
{
    // Added before any page script runs; Playwright injects it outside the page's CSP.
    private const string ReportCspViolations =
        """
        document.addEventListener("securitypolicyviolation", event =>
            window.reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile || "document"}:${event.lineNumber})`));
        """;

    // Playwright raises these events off the test thread.
    private readonly ConcurrentQueue<string> problems = new();

    private PageProblems()
    {
    }

    public bool IsEmpty => problems.IsEmpty;

    /// <summary>Starts listening; call before the first navigation.</summary>
    public static async Task<PageProblems> WatchAsync(IPage page)
    {
        var watcher = new PageProblems();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watcher.problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => watcher.problems.Enqueue($"uncaught script error: {error}");
        await page.ExposeFunctionAsync("reportCspViolation", (string violation) => watcher.problems.Enqueue($"CSP violation: {violation}"));
        await page.AddInitScriptAsync(ReportCspViolations);
        return watcher;
    }

    public string Describe(string what) =>
        $"{what} reported {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
}
