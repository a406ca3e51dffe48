using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>Feedback counts grouped in the database (SQLite and PostgreSQL alike); labels are joined in memory.</summary>
public sealed class FeedbackStatistics(LocalOfferDbContext db) : IFeedbackStatistics
{
    public const string NoTopic = "No topic";

    public async Task<IReadOnlyList<TopicVolume>> VolumeByTopicAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (start, end) = UtcRange(from, to);
        var counts = await db.FeedbackItems.AsNoTracking()
            .Where(i => i.Kind == FeedbackKind.Comment && i.ReceivedAtUtc >= start && i.ReceivedAtUtc < end)
            .GroupBy(i => i.TopicId)
            .Select(g => new { TopicId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var labels = await db.FeedbackTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Label, cancellationToken);
        return [.. counts
            .Select(c => new TopicVolume(c.TopicId is { } id && labels.TryGetValue(id, out var label) ? label : NoTopic, c.Count))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Topic, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<PageUsefulness>> UsefulnessByPageAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (start, end) = UtcRange(from, to);
        var rows = await db.FeedbackItems.AsNoTracking()
            .Where(i => i.Kind == FeedbackKind.PageAnswer && i.Useful != null && i.PagePath != null && i.ReceivedAtUtc >= start && i.ReceivedAtUtc < end)
            .GroupBy(i => i.PagePath)
            .Select(g => new { Path = g.Key, Yes = g.Sum(i => i.Useful == true ? 1 : 0), No = g.Sum(i => i.Useful == false ? 1 : 0) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PageUsefulness(r.Path!, r.Yes, r.No))
            .OrderByDescending(p => p.Yes + p.No).ThenBy(p => p.PagePath, StringComparer.Ordinal)];
    }

    public async Task<ReportsFixed> ReportsFixedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (start, end) = UtcRange(from, to);
        var reports = db.FeedbackItems.AsNoTracking()
            .Where(i => (i.Kind == FeedbackKind.ServiceReport || (i.Kind == FeedbackKind.PageAnswer && i.Problem != null)) && i.ReceivedAtUtc >= start && i.ReceivedAtUtc < end);
        return new ReportsFixed(await reports.CountAsync(cancellationToken), await reports.CountAsync(i => i.Status == FeedbackStatus.Closed && i.FixedBy != null, cancellationToken));
    }

    /// <summary>UK days to a half-open UTC range: from the start of <paramref name="from"/> to the start of the day after <paramref name="to"/>.</summary>
    public static (DateTime Start, DateTime End) UtcRange(DateOnly from, DateOnly to) =>
        (UkTime.ToUtc(from, TimeOnly.MinValue) ?? from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
         UkTime.ToUtc(to.AddDays(1), TimeOnly.MinValue) ?? to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}
