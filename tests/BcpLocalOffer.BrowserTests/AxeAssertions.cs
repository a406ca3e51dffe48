using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

public static class AxeAssertions
{
    /// <summary>Runs axe with the WCAG 2.2 A and AA rules on the page as it is now.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string description)
    {
        var results = await page.RunAxe(AxeReport.WcagAaOptions());

        // A page axe could not analyse (script injection failed, empty document) has no passes either.
        Assert.NotEmpty(results.Passes);
        Assert.True(results.Violations.Length == 0, AxeReport.Describe(description, results.Violations));
    }
}
