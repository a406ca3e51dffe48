namespace BcpLocalOffer.Web.Site;

/// <summary>The "Site" configuration section: everything a council changes without touching code.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    public string ServiceName { get; set; } = "SEND Local Offer";

    public string CouncilName { get; set; } = "Bournemouth, Christchurch and Poole Council";

    /// <summary>Absolute URL the public reaches the site at, for the sitemap and canonical links; the request's own when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>URLs in one sitemap file; past it, /sitemap.xml is an index of numbered files. The protocol's limit is the most.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, Sitemap.ProtocolLimit)]
    public int SitemapUrlsPerFile { get; set; } = Sitemap.ProtocolLimit;

    /// <summary>The page that lists <see cref="Contacts"/> under its content.</summary>
    public string ContactPagePath { get; set; } = "/contact";

    public List<ContactPoint> Contacts { get; set; } = [];

    /// <summary>Searches, suggestions and JSON API requests one client may make a minute; pages are not limited.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int SearchAndApiRequestsPerMinutePerClient { get; set; } = 120;
}

/// <summary>A team families can contact; any of the channels may be missing.</summary>
public sealed class ContactPoint
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? OpeningHours { get; set; }
}
