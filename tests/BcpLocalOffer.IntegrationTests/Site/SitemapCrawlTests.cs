using System.Net;
using System.Xml.Linq;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Site;

/// <summary>
/// The sitemap against the site a visitor can reach: a crawl from the home page, following every link
/// in every page, finds no public page the sitemap leaves out.
/// </summary>
public class SitemapCrawlTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_crawl_from_the_home_page_finds_no_public_page_missing_from_the_sitemap()
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var listed = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToHashSet();

        var missing = new List<string>();
        var pages = 0;
        var seen = await SiteCrawl.CrawlAsync(client, page =>
        {
            pages++;
            var indexable = page.Document.QuerySelector("meta[name='robots'][content*='noindex']") is null;
            if (indexable && !listed.Contains(page.Path) && !missing.Contains(page.Path))
            {
                missing.Add(page.Path);
            }
        });

        Assert.True(missing.Count == 0, $"public pages missing from the sitemap: {string.Join(", ", missing.Order())}");
        Assert.True(pages > 150, $"the crawl reached only {pages} pages");
        var unreached = listed.Except(seen.Select(l => l.Split('?')[0])).ToList();
        Assert.True(unreached.Count == 0, $"{pages} pages crawled; in the sitemap but linked from nowhere: {string.Join(", ", unreached.Order())}");
    }
}

/// <summary>Past one file's URL limit (50,000 by the protocol; 40 here) the sitemap is an index of numbered files.</summary>
public class SitemapIndexTests(SitemapIndexTests.SmallSitemapFactory factory) : IClassFixture<SitemapIndexTests.SmallSitemapFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_sitemap_past_one_files_limit_becomes_an_index_of_files_that_together_list_every_page()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        Assert.Equal(ns + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(ns + "sitemap").Select(s => new Uri(s.Element(ns + "loc")!.Value).AbsolutePath).ToList();
        Assert.True(files.Count >= 5, $"{files.Count} files");
        Assert.All(index.Root.Elements(ns + "sitemap"), s => Assert.True(DateOnly.TryParse(s.Element(ns + "lastmod")?.Value, out _)));

        var listed = new List<string>();
        foreach (var file in files)
        {
            var urls = XDocument.Parse(await client.GetStringAsync(file)).Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();
            Assert.InRange(urls.Count, 1, 40);
            listed.AddRange(urls);
        }

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Contains("/", listed);
        Assert.Contains("/have-your-say/young-people", listed);
        Assert.True(listed.Count(p => p.StartsWith("/improvement-plan/actions/", StringComparison.Ordinal)) >= 100);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{files.Count + 1}.xml")).StatusCode);
    }

    public sealed class SmallSitemapFactory : LocalOfferFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:SitemapUrlsPerFile", "40");
        }
    }
}
