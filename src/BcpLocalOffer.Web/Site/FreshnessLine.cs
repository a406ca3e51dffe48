using BcpLocalOffer.Core.Published;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace BcpLocalOffer.Web.Site;

/// <summary>
/// A public view says how fresh its page is; the layout shows it, so every page shows it in the
/// same place (the last thing before "Is this page useful?") and in the same words.
/// </summary>
public static class FreshnessLine
{
    public const string ViewDataKey = "Freshness";

    public static void ShowFreshness(this ViewDataDictionary viewData, Freshness? freshness) => viewData[ViewDataKey] = freshness;
}
