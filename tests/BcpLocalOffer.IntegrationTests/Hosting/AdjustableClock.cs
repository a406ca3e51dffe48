namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>A clock a test moves on by hand, so "in two minutes" arrives without waiting.</summary>
public sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
