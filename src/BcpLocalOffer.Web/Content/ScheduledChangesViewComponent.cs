using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.Content;

/// <summary>Every pending scheduled change, soonest first, for the dashboard.</summary>
public sealed class ScheduledChangesViewComponent(ContentScheduling scheduling, LocalOfferDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var pending = await scheduling.PendingAsync(take: 50);
        var keys = pending.Select(c => c.NodeKey).Distinct().ToList();
        var names = (await db.ContentVersions.AsNoTracking().Where(v => keys.Contains(v.NodeKey)).Select(v => new { v.NodeKey, v.Number, v.Name }).ToListAsync())
            .GroupBy(v => v.NodeKey)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Name);
        // Shown on the back office's dashboard, whose views live elsewhere: the view is named by its path.
        return View("~/Content/Views/Components/ScheduledChanges/Default.cshtml", new ScheduledChangesModel(pending, names));
    }
}

/// <summary>A page's own scheduled changes, on its details screen.</summary>
public sealed class PageScheduleViewComponent(ContentScheduling scheduling) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid key) =>
        View(new PageScheduleModel(key, await scheduling.PendingAsync(key), UserClaimsPrincipal.ToEditor().CanPublish));
}

public sealed record ScheduledChangesModel(IReadOnlyList<ScheduledChange> Pending, IReadOnlyDictionary<Guid, string> PageNames);

public sealed record PageScheduleModel(Guid Key, IReadOnlyList<ScheduledChange> Pending, bool CanSchedule);
