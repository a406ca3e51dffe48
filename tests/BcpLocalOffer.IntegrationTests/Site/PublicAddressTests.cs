using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace BcpLocalOffer.IntegrationTests.Site;

/// <summary>
/// With Site:PublicBaseUrl set, the site answers only to its public name (and to loopback, for probes
/// on the machine itself), and every absolute link it writes uses that address, never the request's Host.
/// </summary>
public class PublicAddressTests(PublicAddressTests.PublicSite factory) : IClassFixture<PublicAddressTests.PublicSite>
{
    private const string PublicBaseUrl = "https://localoffer.example.gov.uk";

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localoffer.example.gov.uk.evil.example")]
    public async Task A_request_for_another_host_name_is_refused(string host)
    {
        using var answer = await RobotsTxtForAsync(host);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain(host, await answer.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localoffer.example.gov.uk")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task The_public_name_and_loopback_are_answered(string host)
    {
        using var answer = await RobotsTxtForAsync(host);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains($"Sitemap: {PublicBaseUrl}/sitemap.xml", await answer.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/you-said-we-did/feed.atom")]
    public async Task Sitemap_and_feed_links_use_the_public_address(string path)
    {
        var body = await factory.CreateClient().GetStringAsync(path);

        Assert.Contains(PublicBaseUrl + "/", body);
        Assert.DoesNotContain("http://localhost", body);
    }

    private Task<HttpResponseMessage> RobotsTxtForAsync(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Host = host;
        return factory.CreateNonRedirectingClient().SendAsync(request);
    }

    public sealed class PublicSite : LocalOfferFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:PublicBaseUrl", PublicBaseUrl);
        }
    }
}
