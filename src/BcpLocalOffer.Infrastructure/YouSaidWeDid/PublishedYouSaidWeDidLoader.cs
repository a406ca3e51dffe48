using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.YouSaidWeDid;

/// <summary>Reads the published entries, resolves topics, areas and actions to words, and swaps them into the cache.</summary>
public sealed class PublishedYouSaidWeDidLoader(LocalOfferDbContext db, IPublishedYouSaidWeDidCache cache, IPublishedPlanCache plan, ChangeFeedFollower follower)
    : PublishedSnapshotLoader<PublishedYouSaidWeDid>(db, cache, follower)
{
    // Entries show topic labels and the plan's titles: a renamed topic or an edited plan changes them too.
    public override IReadOnlyCollection<string> Capabilities { get; } =
        [PublishedCapabilities.YouSaidWeDid, PublishedCapabilities.FeedbackTopics, PublishedCapabilities.ImprovementPlan];

    protected override async Task<PublishedYouSaidWeDid> LoadAsync(PublishedYouSaidWeDid current, CancellationToken cancellationToken)
    {
        var entries = await Db.YouSaidWeDidEntries.AsNoTracking().Where(e => e.PublishedAtUtc != null).ToListAsync(cancellationToken);
        var topics = await Db.FeedbackTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var counts = await Db.YouSaidWeDidFeedbackLinks.AsNoTracking().Where(l => ids.Contains(l.EntryId))
            .GroupBy(l => l.EntryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var currentPlan = plan.Current;

        var published = entries.Where(e => e.Published is not null).Select(e =>
        {
            var c = e.Published!;
            var topic = c.TopicId is { } t ? topics.GetValueOrDefault(t) : null;
            var focusAreas = c.FocusAreaNumbers.Select(n => (n, currentPlan.Areas.SelectMany(a => a.FocusAreas).FirstOrDefault(f => f.Number == n))).ToList();
            var actions = c.ActionRefs.Select(r => currentPlan.FindAction(r)).Where(a => a is not null).Select(a => (a!.Ref, a.NameWithRef)).ToList();
            var areas = focusAreas.Select(f => f.Item2?.AreaNumber)
                .Concat(actions.Select(a => currentPlan.FindAction(a.Ref)?.AreaNumber))
                .Append(topic?.PlanAreaNumber)
                .Where(n => n is not null).Select(n => n!.Value).Distinct().Order().ToList();
            return new PublishedEntry(
                e.Id, c.YouSaid, c.WeDid, c.Outcome, c.WhyNot, c.Date, c.TopicId, topic?.Label, areas,
                [.. focusAreas.Select(f => (f.n, f.Item2?.DisplayTitle ?? $"Focus area {f.n}"))], actions, c.Evidence,
                counts.GetValueOrDefault(e.Id), e.FirstPublishedAtUtc ?? e.PublishedAtUtc!.Value, e.PublishedAtUtc!.Value);
        }).ToList();

        return new PublishedYouSaidWeDid(published, current.Generation + 1);
    }
}
