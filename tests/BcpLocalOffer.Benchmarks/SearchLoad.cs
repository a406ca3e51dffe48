using System.Diagnostics;

namespace BcpLocalOffer.Benchmarks;

/// <summary>One kind of call the search benchmark makes, e.g. a misspelled query, and its label in the report.</summary>
internal sealed record SearchCall(string Category, string Text, Action Invoke);

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
/// Closed-loop load inside this process: a fixed number of clients, each on its own thread (the
/// search API is synchronous, and thread-pool growth would otherwise show up as latency), calling
/// round a shared list of calls until a deadline.
/// </summary>
internal static class SearchLoad
{
    public static SearchLoadResult Run(IReadOnlyList<SearchCall> calls, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, clients)
            .Select(client => new Worker(calls, firstCall: client * calls.Count / clients))
            .ToArray();
        using var start = new Barrier(clients + 1);
        long deadline = 0;
        var threads = workers
            .Select(worker => new Thread(() =>
            {
                start.SignalAndWait();
                worker.RunUntil(Volatile.Read(ref deadline), cancellationToken);
            })
            {
                IsBackground = true,
                Name = "search benchmark client",
            })
            .ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        var startedAt = Stopwatch.GetTimestamp();
        Volatile.Write(ref deadline, startedAt + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        // No cancellation token here: a client thread left waiting at the barrier would never end.
        start.SignalAndWait();
        foreach (var thread in threads)
        {
            thread.Join();
        }

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

        public void RunUntil(long deadline, CancellationToken cancellationToken)
        {
            var next = firstCall;
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var call = calls[next];
                next = (next + 1) % calls.Count;
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    call.Invoke();
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
