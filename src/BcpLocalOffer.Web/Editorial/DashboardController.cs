using System.Security.Claims;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Editorial;

/// <summary>The editorial home: what needs attention first.</summary>
public sealed class DashboardController(IPublishedContentCache cache, EditorialWorkQueue work, TimeProvider clock) : EditorialController
{
    [HttpGet("/editorial")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Editorial dashboard";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var pages = cache.Current.Pages;
        var model = new DashboardModel(
            User.FindFirstValue(ClaimTypes.Name) ?? "",
            EditorialRoles.All.Where(User.IsInRole).Select(EditorialRoles.Label).ToList(),
            pages.Where(p => ReviewStatus.IsOverdue(p.ReviewBy, today)).OrderBy(p => p.ReviewBy).ToList(),
            pages.Where(p => !ReviewStatus.IsOverdue(p.ReviewBy, today) && p.ReviewBy <= today.AddDays(30)).OrderBy(p => p.ReviewBy).ToList(),
            pages.OrderByDescending(p => p.UpdatedAt).Take(10).ToList(),
            await work.ForAsync(User.ToEditor(), cancellationToken));
        return View(model);
    }
}

public sealed record DashboardModel(
    string UserName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<PublishedPage> OverdueReviews,
    IReadOnlyList<PublishedPage> ReviewsDueSoon,
    IReadOnlyList<PublishedPage> RecentlyPublished,
    EditorialWork Work);
