using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.YouSaidWeDid;

/// <summary>Reads the published entries, resolves topics, areas and actions to words, and swaps them into the cache.</summary>
public sealed class PublishedYouSaidWeDidLoader(LocalOfferDbContext db, IPublishedYouSaidWeDidCache cache, IPublishedPlanCache plan)
{
    public async Task<PublishedYouSaidWeDid> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var entries = await db.YouSaidWeDidEntries.AsNoTracking().Where(e => e.PublishedAtUtc != null).ToListAsync(cancellationToken);
        var topics = await db.FeedbackTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var counts = await db.YouSaidWeDidFeedbackLinks.AsNoTracking().Where(l => ids.Contains(l.EntryId))
            .GroupBy(l => l.EntryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var currentPlan = plan.Current;

        var published = entries.Where(e => e.Published is not null).Select(e =>
        {
            var c = e.Published!;
            var topic = c.TopicId is { } t ? topics.GetValueOrDefault(t) : null;
            var focusAreas = c.FocusAreaNumbers.Select(n => (n, currentPlan.Areas.SelectMany(a => a.FocusAreas).FirstOrDefault(f => f.Number == n))).ToList();
            var actions = c.ActionRefs.Select(r => currentPlan.FindAction(r)).Where(a => a is not null).Select(a => (a!.Ref, a.DisplayTitle)).ToList();
            var areas = focusAreas.Select(f => f.Item2?.AreaNumber)
                .Concat(actions.Select(a => currentPlan.FindAction(a.Ref)?.AreaNumber))
                .Append(topic?.PlanAreaNumber)
                .Where(n => n is not null).Select(n => n!.Value).Distinct().Order().ToList();
            return new PublishedEntry(
                e.Id, c.YouSaid, c.WeDid, c.Outcome, c.WhyNot, c.Date, c.TopicId, topic?.Label, areas,
                [.. focusAreas.Select(f => (f.n, f.Item2?.DisplayTitle ?? $"Focus area {f.n}"))], actions, c.Evidence,
                counts.GetValueOrDefault(e.Id), e.FirstPublishedAtUtc ?? e.PublishedAtUtc!.Value, e.PublishedAtUtc!.Value);
        }).ToList();

        var snapshot = new PublishedYouSaidWeDid(published, cache.Current.Generation + 1);
        cache.Replace(snapshot);
        return snapshot;
    }
}
