using System.Diagnostics;
using System.Text.Json;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Site;

/// <summary>
/// Every public page a visitor can reach is valid HTML, as the Nu HTML Checker (the W3C's, shipped
/// by npm's vnu-jar and run locally with Java) judges it: assistive technology reads the markup, not
/// the rendering, and browsers disagree about how to repair invalid markup.
/// </summary>
public class ValidHtmlTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Fact]
    public async Task The_nu_html_checker_finds_no_error_on_any_page_a_crawl_reaches()
    {
        var folder = Path.Combine(factory.DataPath, "html-check");
        Directory.CreateDirectory(folder);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        await SiteCrawl.CrawlAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), page =>
        {
            var name = $"page-{links.Count:D4}.html";
            File.WriteAllText(Path.Combine(folder, name), page.Html);
            links[name] = page.Link;
        });
        Assert.True(links.Count > 150, $"the crawl reached only {links.Count} pages");

        var errors = await CheckAsync(folder);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors on {links.Count} pages:\n" + string.Join('\n', errors.Take(40).Select(e =>
            $"{(links.TryGetValue(e.Url.Split('/')[^1], out var link) ? link : e.Url)} line {e.Line}: {e.Message} [{e.Extract}]")));
    }

    private sealed record Problem(string Url, int Line, string Message, string Extract);

    private static async Task<IReadOnlyList<Problem>> CheckAsync(string folder)
    {
        var jar = Path.Combine(AppContext.BaseDirectory, "TestData", "vnu.jar");
        Assert.True(File.Exists(jar), $"vnu.jar is missing at {jar}: dotnet build installs it from TestData/package.json");
        var start = new ProcessStartInfo("java", ["-Xss8m", "-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always", folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start: .ci/run installs a Java runtime");
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        using var json = JsonDocument.Parse(await report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => new Problem(
                m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString() ?? "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""))];
    }
}
