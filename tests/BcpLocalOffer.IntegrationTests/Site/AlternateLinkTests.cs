using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Site;

/// <summary>A feed reader or a data user given a page finds its feed or machine-readable twin in the page's head.</summary>
public class AlternateLinkTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/you-said-we-did", "/you-said-we-did/feed.atom", "application/atom+xml")]
    [InlineData("/improvement-plan", "/improvement-plan/plan.json", "application/json")]
    [InlineData("/improvement-plan/actions", "/improvement-plan/plan.csv", "text/csv")]
    [InlineData("/improvement-plan/areas/1", "/improvement-plan/plan.json", "application/json")]
    [InlineData("/directory", "/openreferral/services", "application/json")]
    public async Task A_page_with_a_feed_or_data_names_it_in_its_head_and_the_link_works(string page, string alternate, string type)
    {
        var (_, document) = await HtmlPage.GetAsync(client, page);

        var link = document.Head!.QuerySelectorAll("link[rel='alternate']").SingleOrDefault(l => l.GetAttribute("href") == alternate);
        Assert.True(link is not null, $"{page} has no <link rel=\"alternate\" href=\"{alternate}\">");
        Assert.Equal(type, link.GetAttribute("type"));
        Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")));
        var response = await client.GetAsync(alternate);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_service_page_names_its_own_open_referral_record()
    {
        var (_, directory) = await HtmlPage.GetAsync(client, "/directory");
        var servicePath = directory.QuerySelectorAll("main a[href^='/directory/']").Select(a => a.GetAttribute("href")!).First(h => !h.Contains('?'));
        var (_, page) = await HtmlPage.GetAsync(client, servicePath);

        var record = page.Head!.QuerySelectorAll("link[rel='alternate'][type='application/json']")
            .Select(l => l.GetAttribute("href")!).SingleOrDefault(h => h.StartsWith("/openreferral/services/", StringComparison.Ordinal));
        Assert.NotNull(record);
        var json = await client.GetStringAsync(record);
        Assert.Contains(page.QuerySelector("h1").Text(), json);
    }

    [Fact]
    public async Task A_page_without_a_feed_names_none()
    {
        var (_, page) = await HtmlPage.GetAsync(client, "/short-breaks");

        Assert.Empty(page.Head!.QuerySelectorAll("link[rel='alternate']"));
    }
}
