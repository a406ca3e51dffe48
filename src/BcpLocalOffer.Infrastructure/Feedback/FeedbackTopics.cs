using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>
/// The managed topic list. On first start it is the eight improvement plan areas and a few general
/// topics; from then on it is the administrators' (add, rename, retire, bring back), each change audited.
/// </summary>
public sealed class FeedbackTopics(LocalOfferDbContext db, FeedbackTopicSnapshot snapshot, ClusterLock locks, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> GeneralTopics =
    [
        "Finding information on this website",
        "Short breaks and activities",
        "Money, direct payments and personal budgets",
        "Something else",
    ];

    private readonly AuditTrail audit = new(db, clock);

    /// <summary>Seeds the list once, after the improvement plan has been imported. Does nothing when any topic exists.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        // Two nodes starting together on an empty database would both find no topics.
        await using var turn = await locks.AcquireAsync("seed-import:feedback-topics", cancellationToken);
        if (await db.FeedbackTopics.AnyAsync(cancellationToken))
        {
            return;
        }

        var areas = await db.PlanAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var area in areas)
        {
            db.FeedbackTopics.Add(new FeedbackTopic { Label = Shorten(area.Title), PlanAreaNumber = area.Number, SortOrder = ++order });
        }

        foreach (var general in GeneralTopics)
        {
            db.FeedbackTopics.Add(new FeedbackTopic { Label = general, SortOrder = ++order });
        }

        await db.SaveChangesAsync(cancellationToken);
        snapshot.Clear();
    }

    /// <summary>Every topic, retired ones too. Read from memory when read in the last few seconds: every form shows and checks them.</summary>
    public async Task<IReadOnlyList<FeedbackTopic>> AllAsync()
    {
        if (snapshot.Current(clock) is { } cached)
        {
            return cached;
        }

        List<FeedbackTopic> topics;
        try
        {
            topics = await db.FeedbackTopics.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync();
        }
        catch (Exception exception) when (DatabaseOutage.IsOutage(exception) && snapshot.Last is { } last)
        {
            // The forms still show while the database is away; sending one says it cannot be sent yet.
            return last;
        }

        snapshot.Store(topics, clock);
        return topics;
    }

    public async Task<IReadOnlyList<FeedbackTopic>> OfferedAsync() =>
        [.. (await AllAsync()).Where(t => !t.IsRetired)];

    public async Task<EditResult<FeedbackTopic>> AddAsync(string label, Editor editor)
    {
        label = label.Trim();
        if (await db.FeedbackTopics.AnyAsync(t => t.Label == label))
        {
            return EditResult<FeedbackTopic>.Refused("There is already a topic with that name.");
        }

        var last = await db.FeedbackTopics.MaxAsync(t => (int?)t.SortOrder) ?? 0;
        var topic = new FeedbackTopic { Label = label, SortOrder = last + 1 };
        db.FeedbackTopics.Add(topic);
        audit.Record(editor, AuditAction.Added, new AuditSubject(AuditCapability.FeedbackTopic), label);
        await db.SaveChangesAsync();
        snapshot.Clear();
        return EditResult<FeedbackTopic>.Done(topic);
    }

    public async Task<EditResult<FeedbackTopic>> RenameAsync(int id, string label, Editor editor)
    {
        label = label.Trim();
        var topic = await db.FeedbackTopics.SingleOrDefaultAsync(t => t.Id == id);
        if (topic is null)
        {
            return EditResult<FeedbackTopic>.NotFound();
        }

        if (await db.FeedbackTopics.AnyAsync(t => t.Label == label && t.Id != id))
        {
            return EditResult<FeedbackTopic>.Refused("There is already a topic with that name.");
        }

        audit.Record(editor, AuditAction.Renamed, new AuditSubject(AuditCapability.FeedbackTopic, topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{topic.Label} → {label}");
        topic.Label = label;
        await db.SaveChangesAsync();
        snapshot.Clear();
        return EditResult<FeedbackTopic>.Done(topic);
    }

    public async Task<EditResult<FeedbackTopic>> SetRetiredAsync(int id, bool retired, Editor editor)
    {
        var topic = await db.FeedbackTopics.SingleOrDefaultAsync(t => t.Id == id);
        if (topic is null)
        {
            return EditResult<FeedbackTopic>.NotFound();
        }

        topic.IsRetired = retired;
        audit.Record(editor, retired ? AuditAction.Retired : AuditAction.BroughtBack, new AuditSubject(AuditCapability.FeedbackTopic, topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), topic.Label);
        await db.SaveChangesAsync();
        snapshot.Clear();
        return EditResult<FeedbackTopic>.Done(topic);
    }

    // The WSoA's area titles are long headings; the first clause reads as a topic.
    private static string Shorten(string title)
    {
        var text = title.Trim();
        return text.Length <= FeedbackTopic.MaxLabelLength ? text : text[..(FeedbackTopic.MaxLabelLength - 1)].TrimEnd() + "…";
    }
}

/// <summary>
/// The topic list held for a few seconds, so a burst of submissions does not read it once each. An
/// edit on any node clears it through the change feed; <see cref="Lifetime"/> bounds it if the feed is down.
/// </summary>
public sealed class FeedbackTopicSnapshot : ChangeFeed.IChangeFeedConsumer
{
    public IReadOnlyCollection<string> Capabilities { get; } = [ChangeFeed.PublishedCapabilities.FeedbackTopics];

    // Read on first use (a form), then kept for its lifetime.
    public bool LoadsAtStart => false;

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Held? held;

    public IReadOnlyList<FeedbackTopic>? Current(TimeProvider clock) =>
        Volatile.Read(ref held) is { } h && clock.GetUtcNow() - h.At < Lifetime ? h.Topics : null;

    /// <summary>The last list read, however old: what the forms show while the database is away.</summary>
    public IReadOnlyList<FeedbackTopic>? Last => Volatile.Read(ref held)?.Topics;

    public void Store(IReadOnlyList<FeedbackTopic> topics, TimeProvider clock) => Volatile.Write(ref held, new Held(topics, clock.GetUtcNow()));

    /// <summary>Makes the next read go to the database; the old list stays as <see cref="Last"/>.</summary>
    public void Clear()
    {
        if (Volatile.Read(ref held) is { } h)
        {
            Volatile.Write(ref held, h with { At = DateTimeOffset.MinValue });
        }
    }

    public Task ApplyAsync(CancellationToken cancellationToken)
    {
        Clear();
        return Task.CompletedTask;
    }

    private sealed record Held(IReadOnlyList<FeedbackTopic> Topics, DateTimeOffset At);
}
