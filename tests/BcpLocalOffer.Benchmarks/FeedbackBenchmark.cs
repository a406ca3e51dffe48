using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// --feedback: the real site in its own process takes "Have your say" submissions from many
/// connections. Every submission carries a unique comment, so after the run the benchmark reads
/// the database and checks each acknowledged one (a 302 to the confirmation page) is stored.
/// The crash run kills the site with SIGKILL in the middle of the load, restarts it and checks again.
/// </summary>
internal static partial class FeedbackBenchmark
{
    private const double TargetPerSecond = 500;
    private const double TargetP95Milliseconds = 50;
    private const int WarmUpSubmissions = 2_000;

    /// <summary>The public form's token field, as a browser sends it back.</summary>
    [GeneratedRegex("name=\"__FormToken\" value=\"([^\"]+)\"")]
    internal static partial Regex TokenField();

    /// <summary>The first topic the "Have your say" form offers.</summary>
    [GeneratedRegex("<option value=\"(\\d+)\"")]
    internal static partial Regex TopicOption();

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var webDll = WebAppBuild.LocateReleaseDll();
        var settings = new Dictionary<string, string> { ["LocalOffer__Feedback__SubmissionsPerMinutePerClient"] = "100000000" };
        using var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = options.Connections };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"Site: {webDll}");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average before {MachineLoad.OneMinuteAverage():0.00} (the cores may be shared with other work)");

        // The measured run.
        using (var data = ScratchFolder.Create("bcp-localoffer-feedback-"))
        {
            await using var site = SiteProcess.Start(webDll, data.Path, settings);
            await site.WaitUntilServingAsync(http, TimeSpan.FromSeconds(120), cancellationToken);
            var topic = await TopicAsync(http, site.BaseAddress, cancellationToken);
            Console.WriteLine($"Getting {WarmUpSubmissions + options.Submissions:N0} forms (a token each, as each family's browser would)...");
            var tokens = await TokensAsync(http, site.BaseAddress, WarmUpSubmissions + options.Submissions, options.Connections, cancellationToken);

            // As a site that has been up for a while: the submission path compiled and optimised
            // (tiered compilation), the database's pages warm. Checked for loss like the rest.
            Console.WriteLine($"Warming up: {WarmUpSubmissions:N0} submissions, not timed...");
            var warmUp = await SubmitAsync(http, site.BaseAddress, tokens[..WarmUpSubmissions], topic, "warm-up", options.Connections, null, cancellationToken);
            Console.WriteLine($"Submitting {options.Submissions:N0} comments at {options.Connections} connections...");
            var run = await SubmitAsync(http, site.BaseAddress, tokens[WarmUpSubmissions..], topic, "measured", options.Connections, null, cancellationToken);
            await site.StopAsync(TimeSpan.FromSeconds(15));
            var stored = StoredComments(data.Path);
            var lost = run.Acknowledged.Count(c => !stored.Contains(c)) + warmUp.Acknowledged.Count(c => !stored.Contains(c));
            var latency = LatencySummary.FromStopwatchTicks([.. run.Ticks]);
            var rate = run.Acknowledged.Count / run.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine("Measured run");
            Console.WriteLine($"  acknowledged {run.Acknowledged.Count:N0} (+ {warmUp.Acknowledged.Count:N0} warm-up), stored {stored.Count:N0}, acknowledged but not stored {lost}, errors {run.Errors + warmUp.Errors}");
            Console.WriteLine($"  {rate:N0} submissions/s (target ≥ {TargetPerSecond:N0}) {(rate >= TargetPerSecond ? "met" : "MISSED")}");
            Console.WriteLine($"  latency p50 {latency.P50Milliseconds:0.0} ms, p95 {latency.P95Milliseconds:0.0} ms (target ≤ {TargetP95Milliseconds:0} ms) {(latency.P95Milliseconds <= TargetP95Milliseconds ? "met" : "MISSED")}, p99 {latency.P99Milliseconds:0.0} ms");
        }

        // The crash run: SIGKILL once a third of the submissions are acknowledged.
        using (var data = ScratchFolder.Create("bcp-localoffer-feedback-crash-"))
        {
            var site = SiteProcess.Start(webDll, data.Path, settings);
            await site.WaitUntilServingAsync(http, TimeSpan.FromSeconds(120), cancellationToken);
            var topic = await TopicAsync(http, site.BaseAddress, cancellationToken);
            var tokens = await TokensAsync(http, site.BaseAddress, options.Submissions, options.Connections, cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"Crash run: submitting {options.Submissions:N0}, SIGKILL after {options.Submissions / 3:N0} are acknowledged...");
            var run = await SubmitAsync(http, site.BaseAddress, tokens, topic, "crash", options.Connections, (options.Submissions / 3, site), cancellationToken);
            await site.DisposeAsync();
            await using (var restarted = SiteProcess.Start(webDll, data.Path, settings))
            {
                await restarted.WaitUntilServingAsync(http, TimeSpan.FromSeconds(120), cancellationToken);
                await restarted.StopAsync(TimeSpan.FromSeconds(15));
            }

            var stored = StoredComments(data.Path);
            var lost = run.Acknowledged.Count(c => !stored.Contains(c));
            Console.WriteLine($"  acknowledged before the kill {run.Acknowledged.Count:N0}, stored after the restart {stored.Count:N0} (unacknowledged ones may be stored too), lost {lost}");
            Console.WriteLine($"  {(lost == 0 ? "zero lost" : "LOST ACKNOWLEDGED SUBMISSIONS")}");
        }

        return 0;
    }

    private static async Task<string> TopicAsync(HttpClient http, Uri site, CancellationToken cancellationToken)
    {
        var html = await http.GetStringAsync(new Uri(site, "/have-your-say"), cancellationToken);
        return TopicOption().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new BenchmarkFailedException("The form offers no topic.");
    }

    private static async Task<string[]> TokensAsync(HttpClient http, Uri site, int count, int connections, CancellationToken cancellationToken)
    {
        var tokens = new string[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = connections, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var html = await http.GetStringAsync(new Uri(site, "/have-your-say"), ct);
            tokens[i] = WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
        });
        return tokens;
    }

    private static async Task<RunResult> SubmitAsync(
        HttpClient http, Uri site, string[] tokens, string topic, string label, int connections, (int AfterAcknowledged, SiteProcess Site)? kill, CancellationToken cancellationToken)
    {
        var acknowledged = new ConcurrentBag<string>();
        var ticks = new ConcurrentBag<long>();
        var errors = 0;
        var killed = 0;
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= tokens.Length || Volatile.Read(ref killed) == 1)
                {
                    return;
                }

                var comment = $"Benchmark {label} submission {i} {Guid.NewGuid():N}";
                using var content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__FormToken"] = tokens[i],
                    ["Role"] = "parent-or-carer",
                    ["Topic"] = topic,
                    ["Comment"] = comment,
                    ["ReplyWanted"] = "no",
                });
                var before = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsync(new Uri(site, "/have-your-say"), content, cancellationToken);
                    if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/have-your-say/sent/", StringComparison.Ordinal) == true)
                    {
                        ticks.Add(Stopwatch.GetTimestamp() - before);
                        acknowledged.Add(comment);
                        if (kill is { } k && acknowledged.Count >= k.AfterAcknowledged && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            await k.Site.KillAsync();
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException) when (kill is not null)
                {
                    // The site was killed under this request: it was never acknowledged.
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        await Task.WhenAll(workers);
        return new RunResult([.. acknowledged], [.. ticks], errors, Stopwatch.GetElapsedTime(started));
    }

    private static HashSet<string> StoredComments(string dataPath)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "localoffer.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Comment FROM FeedbackItems WHERE Comment IS NOT NULL";
        using var reader = command.ExecuteReader();
        var comments = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            comments.Add(reader.GetString(0));
        }

        return comments;
    }

    private sealed record RunResult(IReadOnlyList<string> Acknowledged, long[] Ticks, int Errors, TimeSpan Elapsed);
}
