using System.Net;
using System.Xml.Linq;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Site;

public class PublicSiteTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_home_page_links_every_section_of_the_local_offer()
    {
        var (response, page) = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("SEND Local Offer", page.Title);
        var navigation = page.QuerySelectorAll("nav[aria-label='Menu'] a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var section in new[] { "/graduated-response", "/education", "/health-and-care", "/short-breaks", "/money-and-personal-budgets", "/preparing-for-adulthood", "/help-and-advice", "/get-involved" })
        {
            Assert.Contains(section, navigation);
            Assert.NotNull(page.QuerySelector($"main a[href='{section}']"));
        }
    }

    [Fact]
    public async Task The_sitemap_lists_every_published_page_with_its_last_modified_date()
    {
        var response = await client.GetAsync("/sitemap.xml");
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var urls = sitemap.Descendants(ns + "url").ToList();
        Assert.True(urls.Count >= 40, $"sitemap lists {urls.Count} pages");
        Assert.All(urls, url =>
        {
            Assert.StartsWith("http", url.Element(ns + "loc")!.Value);
            var location = url.Element(ns + "loc")!.Value;
            // Forms have no date of their own, nor has an empty listing (the seed has no "You said – We did" entries).
            if (!location.Contains("/have-your-say", StringComparison.Ordinal) && !location.EndsWith("/you-said-we-did", StringComparison.Ordinal))
            {
                Assert.True(DateOnly.TryParse(url.Element(ns + "lastmod")?.Value, out _), $"{location} has no lastmod");
            }
        });
    }

    [Fact]
    public async Task The_sitemap_lists_the_plan_you_said_we_did_the_directory_and_have_your_say()
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToHashSet();

        foreach (var expected in new[] { "/improvement-plan", "/improvement-plan/actions", "/improvement-plan/easy-read", "/improvement-plan/quarterly-reports", "/improvement-plan/areas/1", "/you-said-we-did", "/directory", "/have-your-say", "/have-your-say/young-people" })
        {
            Assert.Contains(expected, paths);
        }

        Assert.True(paths.Count(p => p.StartsWith("/improvement-plan/actions/", StringComparison.Ordinal)) >= 100, "plan actions missing");
        Assert.Contains(paths, p => p.StartsWith("/directory/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_in_the_sitemap_is_served_and_says_how_fresh_it_is_in_the_same_place_and_words()
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();

        foreach (var path in paths)
        {
            var (response, page) = await HtmlPage.GetAsync(client, path);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
            Assert.Single(page.QuerySelectorAll("h1"));
            if (path.StartsWith("/have-your-say", StringComparison.Ordinal))
            {
                continue; // A form: nothing on it goes out of date.
            }

            if (path == "/you-said-we-did" && page.QuerySelector("main [role=status]").Text().StartsWith("0 entries", StringComparison.Ordinal))
            {
                Assert.Null(page.QuerySelector(".app-freshness")); // Nothing published yet has no date to give.
                continue;
            }

            // The last thing before "Is this page useful?", on every kind of page.
            var freshness = page.QuerySelector("main .app-freshness");
            Assert.True(freshness is not null, $"{path} does not say how fresh it is");
            Assert.Matches(@"^Last (reviewed|updated|checked): \d{1,2} [A-Z][a-z]+ 20\d\d\. This page is kept up to date by \S", freshness.Text());
            Assert.NotNull(freshness.QuerySelector("time[datetime]"));
            Assert.True(page.QuerySelector("main .app-freshness-row + .app-page-useful") is not null, $"{path} shows its freshness somewhere else");
        }
    }

    [Fact]
    public async Task Robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_back_office()
    {
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /editorial", robots);
        Assert.Matches(@"Sitemap: http\S+/sitemap\.xml", robots);
    }

    [Fact]
    public async Task A_content_page_has_breadcrumbs_and_names_its_owner()
    {
        var (_, page) = await HtmlPage.GetAsync(client, "/money-and-personal-budgets/direct-payments");

        Assert.Equal(["Home", "Money and personal budgets"], page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.Text()));
        Assert.Contains("This page is kept up to date by", page.QuerySelector(".app-freshness").Text());
        Assert.Contains("social worker", page.QuerySelector("main").Text(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_guide_has_a_contents_list_and_previous_and_next_links_through_its_parts()
    {
        var (_, first) = await HtmlPage.GetAsync(client, "/education/ehc-needs-assessments-and-plans");
        var contents = first.QuerySelectorAll("nav[aria-label='Contents'] li").Select(li => li.Text()).ToList();

        Assert.Equal("Overview", contents[0]);
        Assert.True(contents.Count >= 6);
        Assert.Null(first.QuerySelector(".govuk-pagination__prev"));
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;

        var (_, second) = await HtmlPage.GetAsync(client, next);

        Assert.Equal(contents[1], second.QuerySelector("nav[aria-label='Contents'] [aria-current='page']").Text());
        Assert.Equal("/education/ehc-needs-assessments-and-plans", second.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_graduated_response_page_sets_out_all_three_levels_of_support()
    {
        var (_, page) = await HtmlPage.GetAsync(client, "/graduated-response/school-age/social-emotional-and-mental-health");

        Assert.Contains("School age", page.QuerySelector(".govuk-caption-xl").Text());
        var levels = page.QuerySelectorAll("section.app-support-level h2").Select(h => h.Text()).ToList();
        Assert.Equal(["Ordinarily available support", "SEN support: assess, plan, do, review", "Specialist support"], levels);
        Assert.All(page.QuerySelectorAll("section.app-support-level"), section => Assert.NotEmpty(section.QuerySelectorAll(".app-prose a")));
    }

    [Fact]
    public async Task The_contact_page_lists_the_contact_details_from_configuration()
    {
        var (_, page) = await HtmlPage.GetAsync(client, "/contact");

        Assert.NotNull(page.QuerySelector("a[href='mailto:sendimprovement@bcpcouncil.gov.uk']"));
    }

    [Fact]
    public async Task Footer_pages_are_linked_from_every_page_but_kept_out_of_the_main_navigation()
    {
        var (_, page) = await HtmlPage.GetAsync(client, "/short-breaks");

        var footer = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility-statement", footer);
        Assert.Contains("/privacy-notice", footer);
        Assert.Contains("/cookies", footer);
        Assert.DoesNotContain("/cookies", page.QuerySelectorAll("nav[aria-label='Menu'] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("true", page.QuerySelector("nav[aria-label='Menu'] a[href='/short-breaks']")!.GetAttribute("aria-current"));
    }
}
