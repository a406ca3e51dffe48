namespace BcpLocalOffer.Core.Content.Published;

/// <summary>The in-memory published content every page view reads. A page view never queries the database.</summary>
public interface IPublishedContentCache
{
    PublishedContentSnapshot Current { get; }

    /// <summary>False until the first snapshot has been loaded; readiness depends on it.</summary>
    bool IsLoaded { get; }

    /// <summary>Raised after a new snapshot replaced the old one.</summary>
    event Action<PublishedContentSnapshot>? Replaced;

    void Replace(PublishedContentSnapshot snapshot);
}

public sealed class PublishedContentCache : IPublishedContentCache
{
    private PublishedContentSnapshot current = PublishedContentSnapshot.Empty;
    private volatile bool loaded;

    public PublishedContentSnapshot Current => Volatile.Read(ref current);

    public bool IsLoaded => loaded;

    public event Action<PublishedContentSnapshot>? Replaced;

    public void Replace(PublishedContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Interlocked.Exchange(ref current, snapshot);
        loaded = true;
        Replaced?.Invoke(snapshot);
    }
}
