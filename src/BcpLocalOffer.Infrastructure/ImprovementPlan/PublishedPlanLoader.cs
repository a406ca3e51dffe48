using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>Reads the plan with its published changes and reports, and swaps a new snapshot into the cache.</summary>
public sealed class PublishedPlanLoader(LocalOfferDbContext db, IPublishedPlanCache cache, ILogger<PublishedPlanLoader> logger)
{
    public async Task<PublishedPlan> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var document = await db.SiteSettings.AsNoTracking()
            .Where(s => s.Key == PlanSeedImporter.DocumentSettingKey).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        var areas = await db.PlanAreas.AsNoTracking().ToListAsync(cancellationToken);
        var focusAreas = await db.PlanFocusAreas.AsNoTracking().ToListAsync(cancellationToken);
        var actions = await db.PlanActions.AsNoTracking().ToListAsync(cancellationToken);
        var changes = await db.PlanStatusChanges.AsNoTracking().Where(c => c.PublishedAt != null).ToListAsync(cancellationToken);
        var reports = await db.PlanQuarterlyReports.AsNoTracking().Where(r => r.PublishedAt != null).ToListAsync(cancellationToken);

        var plan = PublishedPlanBuilder.Build(
            PlanSeedImporter.ReadDocument(document), areas, focusAreas, actions, changes, reports, cache.Current.Generation + 1);
        cache.Replace(plan);
        logger.LogInformation(
            "Published improvement plan generation {Generation} loaded with {Actions} actions and {Reports} quarterly reports",
            plan.Generation, plan.Actions.Count, plan.Reports.Count);
        return plan;
    }
}
