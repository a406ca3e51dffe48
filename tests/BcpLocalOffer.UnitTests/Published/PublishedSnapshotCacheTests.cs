using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.UnitTests.Published;

public sealed class PublishedSnapshotCacheTests
{
    private sealed record Snapshot(string Text);

    [Fact]
    public void A_snapshot_read_at_an_earlier_position_never_replaces_a_newer_one()
    {
        var cache = new PublishedSnapshotCache<Snapshot>(new Snapshot("empty"));
        var replaced = new List<string>();
        cache.Replaced += s => replaced.Add(s.Text);

        Assert.True(cache.TryReplace(new Snapshot("after change 7"), 7));
        Assert.False(cache.TryReplace(new Snapshot("after change 5"), 5));

        Assert.Equal("after change 7", cache.Current.Text);
        Assert.Equal(7, cache.Position);
        Assert.Equal(["after change 7"], replaced);
    }

    [Fact]
    public void A_later_read_at_the_same_position_replaces_the_snapshot()
    {
        var cache = new PublishedSnapshotCache<Snapshot>(new Snapshot("empty"));
        cache.TryReplace(new Snapshot("first read"), 3);

        Assert.True(cache.TryReplace(new Snapshot("second read"), 3));
        Assert.Equal("second read", cache.Current.Text);
    }

    [Fact]
    public async Task Refreshes_run_one_at_a_time_so_a_slow_one_cannot_finish_after_a_later_one()
    {
        var cache = new PublishedSnapshotCache<Snapshot>(new Snapshot("empty"));
        var slowStarted = new TaskCompletionSource();
        var releaseSlow = new TaskCompletionSource();
        var order = new List<string>();

        var slow = cache.RefreshAsync(async (_, _) =>
        {
            order.Add("slow started");
            slowStarted.SetResult();
            await releaseSlow.Task;
            order.Add("slow finished");
            return new PositionedSnapshot<Snapshot>(new Snapshot("slow"), 1);
        });
        await slowStarted.Task;
        var quick = cache.RefreshAsync((current, _) =>
        {
            order.Add("quick started after " + current.Text);
            return Task.FromResult(new PositionedSnapshot<Snapshot>(new Snapshot("quick"), 2));
        });

        Assert.False(quick.IsCompleted);
        releaseSlow.SetResult();
        await Task.WhenAll(slow, quick);

        Assert.Equal(["slow started", "slow finished", "quick started after slow"], order);
        Assert.Equal("quick", cache.Current.Text);
    }

    [Fact]
    public void The_cache_is_not_loaded_until_a_snapshot_is_swapped_in()
    {
        var cache = new PublishedSnapshotCache<Snapshot>(new Snapshot("empty"));

        Assert.False(cache.IsLoaded);
        cache.TryReplace(new Snapshot("seeded"), 0);
        Assert.True(cache.IsLoaded);
    }
}
