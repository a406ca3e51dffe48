using System.Diagnostics;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// Waits for something the site does in the background (building the index, writing the log of
/// searches) by asking again and again until it is true or the time is up. Tests never sleep for
/// a fixed time: CI runs on a busy two-core machine where "long enough" is never known.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>True as soon as the condition holds; false if it still does not once the time is up.</summary>
    public static async Task<bool> TrueWithinAsync(TimeSpan timeout, Func<Task<bool>> condition, TimeSpan? interval = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (clock.Elapsed >= timeout)
            {
                return false;
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    public static Task<bool> TrueWithinAsync(TimeSpan timeout, Func<bool> condition, TimeSpan? interval = null) =>
        TrueWithinAsync(timeout, () => Task.FromResult(condition()), interval);
}
