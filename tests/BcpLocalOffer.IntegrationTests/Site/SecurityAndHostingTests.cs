using System.Net;
using System.Net.Http.Headers;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Site;

public class SecurityAndHostingTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/short-breaks")]
    [InlineData("/no-such-page")]
    [InlineData("/sitemap.xml")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Outside_development_https_responses_tell_browsers_to_keep_using_https()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localoffer.example") });

        var response = await client.GetAsync("/");

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/short-breaks")]
    [InlineData("/education/ehc-needs-assessments-and-plans")]
    [InlineData("/no-such-page")]
    public async Task Public_pages_set_no_cookies(string url)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(url);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} set a cookie");
    }

    [Fact]
    public async Task Pages_are_compressed_for_browsers_that_ask()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/short-breaks");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task Stylesheets_and_scripts_have_fingerprinted_addresses_cached_for_a_year()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/");
        var stylesheet = page.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        var script = page.QuerySelector("script[type='module']")!.GetAttribute("src")!;

        foreach (var asset in new[] { stylesheet, script })
        {
            Assert.Matches(@"\.[a-z0-9]{8,}\.(css|mjs)$", asset);
            // Browsers ask for compressed assets; the precompressed file must be found, not an empty 200.
            var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            var response = await factory.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{asset} came back empty");
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
        }
    }

    [Fact]
    public async Task Health_endpoints_say_the_site_is_alive_and_ready()
    {
        var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        // Ready once the published cache is loaded and the search index is open, which may be just after start.
        Assert.True(await Search.Eventually.TrueWithinAsync(TimeSpan.FromSeconds(20), async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task Data_protection_keys_are_in_the_database_and_the_logs_under_the_data_folder()
    {
        await factory.CreateClient().GetAsync("/");
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.Equal("secret", protector.Unprotect(protector.Protect("secret")));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Every node reads the same key ring, so what one node protects every other can read.
            Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().DataProtectionKeys.ToListAsync());
        }

        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "keys")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataPath, "logs"), "localoffer-*.json"));
        Assert.True(TestDatabase.IsPostgres || File.Exists(Path.Combine(factory.DataPath, "localoffer.db")));
    }

    [Fact]
    public async Task A_request_that_went_wrong_is_in_the_log_files_without_the_query_or_the_visitors_address()
    {
        var marker = "missing-" + Guid.NewGuid().ToString("N");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/{marker}?email=parent%40example.org");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var line = await LogLineAsync(marker);
        Assert.Contains("\"StatusCode\":404", line);
        Assert.DoesNotContain("parent", line);
        Assert.DoesNotContain("203.0.113.9", line);
    }

    /// <summary>The request log line mentioning the marker, from the JSON log files (written as it happens, read while open).</summary>
    private async Task<string> LogLineAsync(string marker)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(factory.DataPath, "logs"), "localoffer-*.json"))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                var text = await reader.ReadToEndAsync();
                var line = text.Split('\n').FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal) && l.Contains("RequestPath", StringComparison.Ordinal));
                if (line is not null)
                {
                    return line;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"No request log line for {marker} in {factory.DataPath}/logs");
        return "";
    }
}
