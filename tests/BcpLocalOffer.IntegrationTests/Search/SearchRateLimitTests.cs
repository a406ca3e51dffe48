using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>Public search and the JSON APIs are limited per client, so one script cannot keep the search busy for everyone.</summary>
public class SearchRateLimitTests(SearchRateLimitTests.LimitedSite factory) : IClassFixture<SearchRateLimitTests.LimitedSite>
{
    private const int Limit = 3;

    [Theory]
    [InlineData("/api/search?q=short+breaks", "203.0.113.51", true)]
    [InlineData("/api/search/suggestions?q=sho", "203.0.113.52", true)]
    [InlineData("/openreferral/services", "203.0.113.53", true)]
    [InlineData("/improvement-plan/plan.json", "203.0.113.54", true)]
    [InlineData("/search?q=short+breaks", "203.0.113.55", false)]
    public async Task A_client_past_the_limit_gets_429_with_Retry_After_and_others_do_not(string path, string client, bool json)
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= Limit; i++)
        {
            answers.Add(await GetAsync(path, client));
        }

        Assert.All(answers.Take(Limit), a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{path}: {(int)a.StatusCode}"));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(json ? "application/problem+json" : "text/html", refused.Content.Headers.ContentType?.MediaType);
        var otherClient = "198.51.100." + client.Split('.')[^1];
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await GetAsync(path, otherClient)).StatusCode);
    }

    [Fact]
    public async Task Pages_are_not_limited()
    {
        for (var i = 0; i < Limit * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/short-breaks", "203.0.113.56")).StatusCode);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", client);
        return await factory.CreateNonRedirectingClient().SendAsync(request);
    }

    public sealed class LimitedSite : LocalOfferFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:SearchAndApiRequestsPerMinutePerClient", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("ForwardedHeaders_Enabled", "true");
        }
    }
}
