namespace BcpLocalOffer.Core.ImprovementPlan.Published;

/// <summary>The published plan every public page reads. A page view never queries the database.</summary>
public interface IPublishedPlanCache
{
    PublishedPlan Current { get; }

    /// <summary>False until the first snapshot has been loaded.</summary>
    bool IsLoaded { get; }

    /// <summary>Raised after a new snapshot replaced the old one (search re-indexes on it).</summary>
    event Action<PublishedPlan>? Replaced;

    void Replace(PublishedPlan plan);
}

public sealed class PublishedPlanCache : IPublishedPlanCache
{
    private PublishedPlan current = PublishedPlan.Empty;
    private volatile bool loaded;

    public PublishedPlan Current => Volatile.Read(ref current);

    public bool IsLoaded => loaded;

    public event Action<PublishedPlan>? Replaced;

    public void Replace(PublishedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Interlocked.Exchange(ref current, plan);
        loaded = true;
        Replaced?.Invoke(plan);
    }
}
