namespace BcpLocalOffer.Core.Published;

/// <summary>
/// What a capability's public pages read: one immutable snapshot of what is published, swapped whole.
/// Every capability (pages, redirects, the improvement plan, the directory, "You said – We did") holds
/// its snapshot in one of these, so a page view never queries the database.
/// </summary>
public interface IPublishedSnapshotCache<TSnapshot>
    where TSnapshot : class
{
    TSnapshot Current { get; }

    /// <summary>False until the first snapshot has been loaded; readiness depends on it.</summary>
    bool IsLoaded { get; }

    /// <summary>The change-feed position the current snapshot was read at: every change up to it is in the snapshot.</summary>
    long Position { get; }

    /// <summary>Raised after a new snapshot replaced the old one (search re-indexes and output caches evict on it).</summary>
    event Action<TSnapshot>? Replaced;

    /// <summary>
    /// Swaps <paramref name="snapshot"/> in unless the current one was read at a later position, so a
    /// slow refresh that finishes last never puts older content back. Returns whether it was swapped in.
    /// </summary>
    bool TryReplace(TSnapshot snapshot, long position);

    /// <summary>Runs one load at a time, each reading the database after the one before it, and swaps its result in.</summary>
    Task<TSnapshot> RefreshAsync(Func<TSnapshot, CancellationToken, Task<PositionedSnapshot<TSnapshot>>> load, CancellationToken cancellationToken = default);
}

/// <summary>A snapshot and the change-feed position it was read at.</summary>
public readonly record struct PositionedSnapshot<TSnapshot>(TSnapshot Snapshot, long Position);

public class PublishedSnapshotCache<TSnapshot>(TSnapshot empty) : IPublishedSnapshotCache<TSnapshot>
    where TSnapshot : class
{
    private readonly Lock swap = new();
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private Held held = new(empty, -1, Loaded: false);

    public TSnapshot Current => Volatile.Read(ref held).Snapshot;

    public bool IsLoaded => Volatile.Read(ref held).Loaded;

    public long Position => Volatile.Read(ref held).Position;

    public event Action<TSnapshot>? Replaced;

    public bool TryReplace(TSnapshot snapshot, long position)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (swap)
        {
            // Equal positions replace: a later read at the same position sees at least as much.
            if (position < held.Position)
            {
                return false;
            }

            Volatile.Write(ref held, new Held(snapshot, position, Loaded: true));
        }

        Replaced?.Invoke(snapshot);
        return true;
    }

    public async Task<TSnapshot> RefreshAsync(Func<TSnapshot, CancellationToken, Task<PositionedSnapshot<TSnapshot>>> load, CancellationToken cancellationToken = default)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            var loaded = await load(Current, cancellationToken);
            TryReplace(loaded.Snapshot, loaded.Position);
            return Current;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private sealed record Held(TSnapshot Snapshot, long Position, bool Loaded);
}
