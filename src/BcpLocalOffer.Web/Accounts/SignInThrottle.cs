using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>How many wrong sign-ins one client may make (<c>LocalOffer:SignIn</c>).</summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "LocalOffer:SignIn";

    /// <summary>Across every address: enough for a council office behind one address, too few to spray passwords.</summary>
    [Range(1, 10_000)]
    public int FailuresPerClient { get; set; } = 20;

    /// <summary>For one address: fewer than the lockout's five, so one client alone can never lock an editor out.</summary>
    [Range(1, 100)]
    public int FailuresPerClientAndAddress { get; set; } = 4;

    [Range(1, 1440)]
    public int WindowMinutes { get; set; } = 15;
}

/// <summary>
/// Counts wrong sign-ins in this node's memory, per client (<see cref="Site.ClientAddress"/>) and per
/// client and address, over a sliding window; past a limit the client gets 429 without its password
/// being checked. It also decides which failures count towards Identity's lockout: one per client and
/// account a day, so a lockout needs several clients (a spread attack) and one client cannot cause it.
/// Counts are lost at a restart, which only ever lets a client try again sooner.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan LockoutMemory = TimeSpan.FromDays(1);

    // Beyond this many keys, expired ones are swept before adding another.
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> countedTowardsLockout = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.WindowMinutes);

    /// <summary>How long this client must wait before trying this address, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string client, string address)
    {
        var now = clock.GetUtcNow();
        var wait = WaitFor(ClientKey(client), options.Value.FailuresPerClient, now);
        var forAddress = WaitFor(PairKey(client, address), options.Value.FailuresPerClientAndAddress, now);
        return (wait, forAddress) switch
        {
            ({ } a, { } b) => a > b ? a : b,
            _ => wait ?? forAddress,
        };
    }

    public void Failed(string client, string address)
    {
        var now = clock.GetUtcNow();
        if (failures.Count > SweepAbove)
        {
            Sweep(now);
        }

        Add(ClientKey(client), now);
        Add(PairKey(client, address), now);
    }

    /// <summary>A right password forgets this client's mistakes with this address (not its others).</summary>
    public void Succeeded(string client, string address) => failures.TryRemove(PairKey(client, address), out _);

    /// <summary>Whether this wrong password should count towards the account's lockout: the first from this client today.</summary>
    public bool CountsTowardsLockout(string client, string accountId)
    {
        var now = clock.GetUtcNow();
        var key = accountId + "\n" + client;
        if (countedTowardsLockout.TryGetValue(key, out var at) && now - at < LockoutMemory)
        {
            return false;
        }

        if (countedTowardsLockout.Count > SweepAbove)
        {
            foreach (var (old, when) in countedTowardsLockout)
            {
                if (now - when >= LockoutMemory)
                {
                    countedTowardsLockout.TryRemove(old, out _);
                }
            }
        }

        countedTowardsLockout[key] = now;
        return true;
    }

    private static string ClientKey(string client) => "client\n" + client;

    private static string PairKey(string client, string address) => "pair\n" + client + "\n" + address.Trim().ToUpperInvariant();

    private TimeSpan? WaitFor(string key, int limit, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var list))
        {
            return null;
        }

        lock (list)
        {
            list.DropBefore(now - Window);
            // The oldest failure in the window must leave it before another attempt is allowed.
            return list.Times.Count >= limit ? list.Times.Peek() + Window - now : null;
        }
    }

    private void Add(string key, DateTimeOffset now)
    {
        var list = failures.GetOrAdd(key, _ => new Failures());
        lock (list)
        {
            list.DropBefore(now - Window);
            list.Times.Enqueue(now);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, list) in failures)
        {
            lock (list)
            {
                list.DropBefore(now - Window);
                if (list.Times.Count == 0)
                {
                    failures.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Failures
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public void DropBefore(DateTimeOffset start)
        {
            while (Times.Count > 0 && Times.Peek() <= start)
            {
                Times.Dequeue();
            }
        }
    }
}
