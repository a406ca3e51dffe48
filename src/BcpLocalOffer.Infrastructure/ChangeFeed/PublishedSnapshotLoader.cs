using BcpLocalOffer.Core.Published;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>
/// Loads one capability's published snapshot from the database into its cache: the one shape every
/// capability's loader shares. Loads run one at a time per cache and carry the change-feed position
/// they read at, so the cache never swaps an older snapshot over a newer one.
/// </summary>
public abstract class PublishedSnapshotLoader<TSnapshot>(LocalOfferDbContext db, IPublishedSnapshotCache<TSnapshot> cache, ChangeFeedFollower follower)
    : IChangeFeedConsumer
    where TSnapshot : class
{
    public abstract IReadOnlyCollection<string> Capabilities { get; }

    public bool LoadsAtStart => true;

    /// <summary>The scope's database context, for <see cref="LoadAsync"/>.</summary>
    protected LocalOfferDbContext Db { get; } = db;

    /// <summary>
    /// Called after a change on this node: applies everything the feed holds that this node has not
    /// applied yet (this snapshot always, and any that depend on the same change), then returns this
    /// capability's current snapshot.
    /// </summary>
    public async Task<TSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await follower.CatchUpAsync(GetType(), cancellationToken);
        return cache.Current;
    }

    public Task ApplyAsync(CancellationToken cancellationToken) => cache.RefreshAsync(async (current, token) =>
    {
        // The position is read before the content, so the snapshot holds at least everything up to it.
        var capabilities = Capabilities;
        var position = await Db.ChangeFeed.Where(e => capabilities.Contains(e.Capability)).MaxAsync(e => (long?)e.Sequence, token) ?? 0;
        return new PositionedSnapshot<TSnapshot>(await LoadAsync(current, token), position);
    }, cancellationToken);

    /// <summary>Builds the snapshot from the database; <paramref name="current"/> is what the cache holds now.</summary>
    protected abstract Task<TSnapshot> LoadAsync(TSnapshot current, CancellationToken cancellationToken);
}
