using Microsoft.AspNetCore.Authorization;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Content.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// Every public content URL ends here: the path is looked up in the published cache (never the
/// database) and rendered with the view for the page's document type.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ContentController(IPublishedContentCache cache, IRedirectCache redirects) : Controller
{
    private const int MaxPathLength = 512;

    [HttpGet("/{**path}", Order = int.MaxValue)]
    [HttpHead("/{**path}", Order = int.MaxValue)]
    [OutputCache(PolicyName = PublishedContentOutputCache.PolicyName)]
    public IActionResult Render(string? path)
    {
        var requested = "/" + (path ?? "");
        if (requested.Length > MaxPathLength)
        {
            return NotFound();
        }

        var canonical = requested.Length > 1 ? requested.TrimEnd('/') : requested;
        var snapshot = cache.Current;
        var page = snapshot.FindByPath(canonical);
        if (page is null)
        {
            // An old address of a moved or renamed page, or one an administrator added: from memory, like pages.
            return redirects.Current.Resolve(canonical, snapshot) is { } target
                ? RedirectPermanent(target.Contains('?', StringComparison.Ordinal) ? target : target + Request.QueryString)
                : NotFound();
        }

        if (!string.Equals(page.Path, requested, StringComparison.Ordinal))
        {
            return RedirectPermanent(page.Path + Request.QueryString);
        }

        return PublishedPageView.Render(this, page, snapshot);
    }
}
