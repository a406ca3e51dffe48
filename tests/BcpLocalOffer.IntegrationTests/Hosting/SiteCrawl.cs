using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BcpLocalOffer.Tests.Shared;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>One public page the crawl reached: the link followed, its path, its markup as sent and parsed.</summary>
public sealed record CrawledPage(string Link, string Path, string Html, IDocument Document);

/// <summary>
/// Every public page a visitor can reach from the home page by following links, each visited once:
/// what the sitemap, HTML validity and other whole-site checks are measured against (a crawl, not a
/// list of templates, so a new kind of page is checked the day it is linked).
/// </summary>
public static class SiteCrawl
{
    /// <summary>Crawls from "/" and returns every link followed (pages with their later listing pages).</summary>
    public static async Task<IReadOnlySet<string>> CrawlAsync(HttpClient client, Action<CrawledPage> visit)
    {
        var parser = new HtmlParser();
        var seen = new HashSet<string> { "/" };
        var pending = new Queue<string>(["/"]);
        while (pending.Count > 0)
        {
            var link = pending.Dequeue();
            using var response = await client.GetAsync(link);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var page = parser.ParseDocument(html);
            visit(new CrawledPage(link, link.Split('?')[0], html, page));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (PublicLinks.InternalPage(href) is { } next && seen.Add(next))
                {
                    pending.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
