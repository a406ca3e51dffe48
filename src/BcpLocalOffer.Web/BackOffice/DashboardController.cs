using System.Security.Claims;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>The editorial home: the one work queue first (what waits for this person, across every kind of content), then review dates.</summary>
public sealed class DashboardController(IPublishedContentCache cache, WorkQueue work, LocalOfferDbContext db, TimeProvider clock) : BackOfficeController
{
    /// <summary>Open to providers only to send them on: their back office is their directory listings.</summary>
    [OpenToProviders]
    [HttpGet("/editorial")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.IsProviderOnly())
        {
            return Redirect(ServiceDirectory.DirectoryEditorialController.Root);
        }

        ViewData["Title"] = "Editorial dashboard";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var pages = cache.Current.Pages;
        var model = new DashboardModel(
            User.FindFirstValue(ClaimTypes.Name) ?? "",
            EditorialRoles.All.Where(User.IsInRole).Select(EditorialRoles.Label).ToList(),
            pages.Where(p => ReviewStatus.IsOverdue(p.ReviewBy, today)).OrderBy(p => p.ReviewBy).ToList(),
            pages.Where(p => !ReviewStatus.IsOverdue(p.ReviewBy, today) && p.ReviewBy <= today.AddDays(30)).OrderBy(p => p.ReviewBy).ToList(),
            pages.OrderByDescending(p => p.UpdatedAt).Take(10).ToList(),
            await work.ForAsync(User.ToEditor(), cancellationToken),
            await db.AuditLog.OrderByDescending(a => a.Id).Take(10).AsNoTracking().ToListAsync(cancellationToken));
        return View(model);
    }
}

public sealed record DashboardModel(
    string UserName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<PublishedPage> OverdueReviews,
    IReadOnlyList<PublishedPage> ReviewsDueSoon,
    IReadOnlyList<PublishedPage> RecentlyPublished,
    EditorWork Work,
    IReadOnlyList<AuditEntry> RecentActivity);
