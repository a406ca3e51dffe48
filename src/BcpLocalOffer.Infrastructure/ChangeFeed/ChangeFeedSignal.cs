namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>Wakes the follower early: a save on this node, or a PostgreSQL notification from any node.</summary>
public sealed class ChangeFeedSignal
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: one read catches up with every change so far.
        }
    }

    /// <summary>Waits until raised or until <paramref name="timeout"/>; true when raised.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => raised.WaitAsync(timeout, cancellationToken);
}
