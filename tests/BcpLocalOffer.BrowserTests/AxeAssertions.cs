using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BcpLocalOffer.BrowserTests;

public static class AxeAssertions
{
    // Read once per run: the bundled axe-core is half a megabyte.
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Runs axe with the WCAG 2.2 A and AA rules on the page as it is now.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string description)
    {
        var results = await RunAsync(page, AxeReport.WcagAaOptions());

        // A page axe could not analyse (script injection failed, empty document) has no passes either.
        Assert.NotEmpty(results.Passes);
        Assert.True(results.Violations.Length == 0, AxeReport.Describe(description, results.Violations));
    }

    /// <summary>
    /// The same axe-core, rules and options as Deque's <c>page.RunAxe</c>, run in the page itself. The
    /// wrapper finishes every run in a new blank page (a new browser context) with axe injected a second
    /// time and reads the script from its resources on every call: about two seconds a check on this
    /// machine, against a few hundred milliseconds here, over more than two hundred checks a run.
    /// </summary>
    public static async Task<AxeResult> RunAsync(IPage page, AxeRunOptions options)
    {
        // Every frame gets axe, so axe.run's own frame messaging checks iframe content as the wrapper did.
        foreach (var frame in page.Frames)
        {
            if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await frame.EvaluateAsync(AxeSource.Value);
            }
        }

        var json = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await window.axe.run(document, JSON.parse(options)))",
            JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(json));
    }
}
