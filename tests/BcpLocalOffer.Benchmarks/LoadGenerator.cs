using System.Diagnostics;

namespace BcpLocalOffer.Benchmarks;

/// <summary>What one endpoint did under load. Only 2xx responses count towards throughput and latency.</summary>
internal sealed record LoadResult(TimeSpan Elapsed, LatencySummary Latency, int Errors, string? FirstError)
{
    public double RequestsPerSecond => Latency.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// Closed-loop load: a fixed number of connections, each sending its next request as soon as the
/// last one has been read, until a deadline.
/// </summary>
internal sealed class LoadGenerator(HttpClient client, int connections)
{
    /// <summary>
    /// A client that behaves like a plain browser-less caller: it asks for no compression and
    /// keeps no cookies, so the site's cheapest path is what gets measured.
    /// </summary>
    public static HttpClient CreateClient(int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async Task<LoadResult> RunAsync(Uri target, TimeSpan duration, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, connections).Select(_ => new Worker(client, target)).ToArray();
        var startedAt = Stopwatch.GetTimestamp();
        var deadline = startedAt + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(workers.Select(worker => Task.Run(() => worker.RunUntilAsync(deadline, cancellationToken), cancellationToken)));

        // Requests in flight at the deadline are allowed to finish, so throughput is measured
        // over the time it really took for every counted request to complete.
        var elapsed = Stopwatch.GetElapsedTime(startedAt);
        var latencies = workers.SelectMany(worker => worker.LatencyTicks).ToArray();
        return new LoadResult(
            elapsed,
            LatencySummary.FromStopwatchTicks(latencies),
            workers.Sum(worker => worker.Errors),
            workers.Select(worker => worker.FirstError).FirstOrDefault(error => error is not null));
    }

    /// <summary>One connection's loop. Each worker keeps its own results, so there is no shared state to lock while measuring.</summary>
    private sealed class Worker(HttpClient client, Uri target)
    {
        // Bodies are read to the end, as a browser would, into one reused buffer so the
        // benchmark's own allocations stay out of the way of the site sharing these cores.
        private readonly byte[] bodyBuffer = new byte[64 * 1024];

        public List<long> LatencyTicks { get; } = new(capacity: 32 * 1024);

        public int Errors { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunUntilAsync(long deadline, CancellationToken cancellationToken)
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(target, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                    while (await body.ReadAsync(bodyBuffer, cancellationToken) > 0)
                    {
                    }

                    if (response.IsSuccessStatusCode)
                    {
                        LatencyTicks.Add(Stopwatch.GetTimestamp() - sentAt);
                    }
                    else
                    {
                        RecordError($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                    }
                }
                catch (HttpRequestException exception)
                {
                    RecordError(exception.Message);
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    RecordError($"no response within {client.Timeout.TotalSeconds:0} s");
                }
            }
        }

        private void RecordError(string description)
        {
            Errors++;
            FirstError ??= description;
        }
    }
}
