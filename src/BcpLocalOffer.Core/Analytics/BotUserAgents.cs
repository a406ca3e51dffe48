namespace BcpLocalOffer.Core.Analytics;

/// <summary>
/// Crawlers, monitors and scripts, recognised by their user agent, are not visitors. The user agent
/// is looked at while the request is answered and never stored. A request with no user agent at
/// all is a script, not a browser.
/// </summary>
public static class BotUserAgents
{
    // Lower case; matched as substrings. Covers the search engines, social previews, uptime
    // monitors, SEO crawlers, headless browsers and the common HTTP libraries.
    private static readonly string[] Patterns =
    [
        "bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "embedly", "preview",
        "monitor", "uptime", "pingdom", "statuscake", "lighthouse", "pagespeed", "headlesschrome",
        "phantomjs", "curl/", "wget/", "python-", "python/", "go-http-client", "java/", "okhttp",
        "libwww", "httpclient", "axios/", "node-fetch", "undici", "postman", "insomnia", "scrapy",
        "feedfetcher", "mediapartners", "semrush", "ahrefs", "mj12", "dotbot", "petalbot", "yandex",
        "bingpreview", "validator", "checker",
    ];

    public static bool IsBot(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return true;
        }

        foreach (var pattern in Patterns)
        {
            if (userAgent.Contains(pattern, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
