using System.Diagnostics;

namespace BcpLocalOffer.Benchmarks;

/// <summary>One kind of call the search benchmark makes, e.g. a misspelled query, and its label in the report.</summary>
internal sealed record SearchCall(string Category, string Text, Func<Task> Invoke);

/// <summary>What a run of in-process calls did: latency over all calls and by category.</summary>
internal sealed record SearchLoadResult(
    TimeSpan Elapsed,
    LatencySummary Latency,
    IReadOnlyList<(string Category, LatencySummary Latency)> ByCategory,
    int Errors,
    string? FirstError)
{
    public double CallsPerSecond => Latency.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// Closed-loop load inside this process: a fixed number of clients calling round a shared list of
/// calls until a deadline. Each client is an asynchronous loop on the thread pool, as requests are
/// in Kestrel: a search waiting for its turn holds no thread.
/// </summary>
internal static class SearchLoad
{
    public static SearchLoadResult Run(IReadOnlyList<SearchCall> calls, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, clients)
            .Select(client => new Worker(calls, firstCall: client * calls.Count / clients))
            .ToArray();
        var startedAt = Stopwatch.GetTimestamp();
        var deadline = startedAt + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        Task.WaitAll([.. workers.Select(worker => Task.Run(() => worker.RunUntilAsync(deadline, cancellationToken), CancellationToken.None))], CancellationToken.None);

        cancellationToken.ThrowIfCancellationRequested();
        var elapsed = Stopwatch.GetElapsedTime(startedAt);
        var byCategory = calls.Select(c => c.Category).Distinct()
            .Select(category => (category, LatencySummary.FromStopwatchTicks(
                [.. workers.SelectMany(w => w.LatencyTicks.Where(t => t.Category == category).Select(t => t.Ticks))])))
            .ToList();
        return new SearchLoadResult(
            elapsed,
            LatencySummary.FromStopwatchTicks([.. workers.SelectMany(w => w.LatencyTicks.Select(t => t.Ticks))]),
            byCategory,
            workers.Sum(w => w.Errors),
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>One client's loop; each keeps its own results, so nothing is shared while measuring.</summary>
    private sealed class Worker(IReadOnlyList<SearchCall> calls, int firstCall)
    {
        public List<(string Category, long Ticks)> LatencyTicks { get; } = new(capacity: 64 * 1024);

        public int Errors { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunUntilAsync(long deadline, CancellationToken cancellationToken)
        {
            var next = firstCall;
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var call = calls[next];
                next = (next + 1) % calls.Count;
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    // Each call starts as a new work item, as a request does, and its wait for a
                    // thread counts in its latency; without this, a client whose search did not
                    // have to wait would keep its thread and the other clients would not start.
                    await Task.Yield();
                    await call.Invoke();
                    LatencyTicks.Add((call.Category, Stopwatch.GetTimestamp() - sentAt));
                }
                catch (Exception exception)
                {
                    Errors++;
                    FirstError ??= $"{call.Category} '{call.Text}': {exception.GetType().Name}: {exception.Message}";
                }
            }
        }
    }
}
