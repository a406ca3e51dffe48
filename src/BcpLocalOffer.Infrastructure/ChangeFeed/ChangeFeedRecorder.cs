using System.Runtime.CompilerServices;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>
/// Adds a change-feed entry for every capability a save alters, to that same save, so the change and
/// the news of it commit together or not at all. No editing code has to remember to announce a change.
/// After a successful save it wakes this node's <see cref="ChangeFeedFollower"/>.
/// </summary>
public sealed class ChangeFeedRecorder(TimeProvider clock, IOptions<LocalOfferOptions> options, ChangeFeedSignal signal) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> recorded = [];
    private readonly string node = options.Value.ResolveNodeId();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Announce(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Record(DbContext? context)
    {
        if (context is not LocalOfferDbContext db)
        {
            return;
        }

        var capabilities = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not ChangeFeedEntry)
            .Select(e => PublishedCapabilities.Of(e.Entity))
            .OfType<string>()
            .Distinct()
            .ToList();
        if (capabilities.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var capability in capabilities)
        {
            db.ChangeFeed.Add(new ChangeFeedEntry { Capability = capability, AtUtc = now, Node = node });
        }

        recorded.AddOrUpdate(db, capabilities);
    }

    private void Announce(DbContext? context)
    {
        if (context is not null && recorded.TryGetValue(context, out _))
        {
            recorded.Remove(context);

            // Inside an explicit transaction the entry is not visible yet; the follower's next read finds it after the commit.
            signal.Raise();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            recorded.Remove(context);
        }
    }
}
