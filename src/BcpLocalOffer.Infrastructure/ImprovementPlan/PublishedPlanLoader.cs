using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>Reads the plan with its published changes and reports, and swaps a new snapshot into the cache.</summary>
public sealed class PublishedPlanLoader(LocalOfferDbContext db, IPublishedPlanCache cache, ChangeFeedFollower follower, ILogger<PublishedPlanLoader> logger)
    : PublishedSnapshotLoader<PublishedPlan>(db, cache, follower)
{
    public override IReadOnlyCollection<string> Capabilities { get; } = [PublishedCapabilities.ImprovementPlan];

    protected override async Task<PublishedPlan> LoadAsync(PublishedPlan current, CancellationToken cancellationToken)
    {
        var document = await Db.SiteSettings.AsNoTracking()
            .Where(s => s.Key == PlanSeedImporter.DocumentSettingKey).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        var areas = await Db.PlanAreas.AsNoTracking().ToListAsync(cancellationToken);
        var focusAreas = await Db.PlanFocusAreas.AsNoTracking().ToListAsync(cancellationToken);
        var actions = await Db.PlanActions.AsNoTracking().ToListAsync(cancellationToken);
        var changes = await Db.PlanStatusChanges.AsNoTracking().Where(c => c.PublishedAt != null).ToListAsync(cancellationToken);
        var reports = await Db.PlanQuarterlyReports.AsNoTracking().Where(r => r.PublishedAt != null).ToListAsync(cancellationToken);

        var plan = PublishedPlanBuilder.Build(
            PlanSeedImporter.ReadDocument(document), areas, focusAreas, actions, changes, reports, current.Generation + 1);
        logger.LogInformation(
            "Published improvement plan generation {Generation} loaded with {Actions} actions and {Reports} quarterly reports",
            plan.Generation, plan.Actions.Count, plan.Reports.Count);
        return plan;
    }
}
