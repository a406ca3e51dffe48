namespace BcpLocalOffer.Web.Site;

/// <summary>What a public view tells search engines through the layout.</summary>
public static class SearchEngines
{
    /// <summary>Set on public pages that search engines should not list (a form about one service, an emailed link).</summary>
    public const string NoIndexKey = "NoIndex";
}
