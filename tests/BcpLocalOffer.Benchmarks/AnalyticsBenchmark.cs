using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// The --analytics mode. Ingest: the real site (Release, Production, its own process) takes link
/// clicks on POST /api/events from 64 connections, as browsers' beacons would send them. Dashboard:
/// a year of daily rollups for 1,000 pages is written into that site's SQLite database, and the
/// dashboard's queries (the same <see cref="AnalyticsReports"/> the page runs) are timed in this
/// process, for the twelve months to today as the dashboard opens.
/// </summary>
internal static class AnalyticsBenchmark
{
    public const double MinimumEventsPerSecond = 5_000;
    public const double MaximumIngestP95Milliseconds = 20;
    public const double MaximumDashboardP95Milliseconds = 200;

    private const int RollupPages = 1_000;
    private const int RollupDays = 365;
    private const int DashboardLoads = 40;
    private const int LabelWidth = 34;
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var webDll = WebAppBuild.LocateReleaseDll();
        var loadAverageBeforeRun = MachineLoad.OneMinuteAverage();
        using var dataFolder = ScratchFolder.Create("bcp-localoffer-analytics-");
        Console.WriteLine($"Site: {webDll}");
        Console.WriteLine($"Data: {dataFolder.Path}");

        // One client address sends everything here, so the per-client limit is lifted for the run.
        var settings = new Dictionary<string, string> { ["LocalOffer__Analytics__EventsPerMinutePerClient"] = "100000000" };
        LoadResult ingest;
        LoadResult warmUp;
        long saved;
        await using (var site = SiteProcess.Start(webDll, dataFolder.Path, settings))
        {
            using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };
            Console.WriteLine("Starting the site on an empty database (migrations and content seed)...");
            await site.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);

            using var client = LoadGenerator.CreateClient(options.Connections);
            var target = new Uri(site.BaseAddress, "/api/events");
            Console.WriteLine($"Warming up ({options.WarmupSeconds} s)...");
            warmUp = await PostLoadAsync(client, target, options.Connections, options.Warmup, cancellationToken);
            Console.WriteLine($"Measuring ingest ({options.Seconds} s at {options.Connections} connections)...");
            ingest = await PostLoadAsync(client, target, options.Connections, options.Duration, cancellationToken);

            Console.WriteLine("Stopping the site (its queue is written out at shutdown)...");
            await site.StopAsync(StopGrace);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder.Path, "localoffer.db"), Pooling = false }.ToString();
        var contextOptions = new DbContextOptionsBuilder<SqliteLocalOfferDbContext>().UseSqlite(connectionString).Options;
        await using (var db = new SqliteLocalOfferDbContext(contextOptions))
        {
            saved = await db.AnalyticsEvents.LongCountAsync(cancellationToken);
        }

        Console.WriteLine($"Writing a year of rollups for {RollupPages:N0} pages into the site's database...");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var written = new ReportPeriod(today.AddDays(-(RollupDays - 1)), today);
        var period = ReportPeriod.TwelveMonthsTo(today);
        var generate = Stopwatch.StartNew();
        var rows = await WriteRollupsAsync(connectionString, written, cancellationToken);
        generate.Stop();

        Console.WriteLine($"Timing {DashboardLoads} dashboard loads (6 queries each) over the year...");
        var loads = new List<long>();
        var perQuery = new Dictionary<string, List<long>>();
        for (var i = 0; i < DashboardLoads + 3; i++)
        {
            await using var db = new SqliteLocalOfferDbContext(contextOptions);
            var reports = new AnalyticsReports(db);
            var started = Stopwatch.GetTimestamp();
            await Time("page views by month", () => reports.PageViewsByMonthAsync(period, cancellationToken));
            await Time("top pages", () => reports.TopPagesAsync(period, 20, cancellationToken));
            await Time("you said - we did by month", () => reports.YouSaidWeDidByMonthAsync(period, cancellationToken));
            await Time("searches by month", () => reports.SearchesByMonthAsync(period, cancellationToken));
            await Time("searches that found nothing", () => reports.TopSearchesFoundNothingAsync(period, 20, cancellationToken));
            await Time("links followed", () => reports.TopLinksAsync(period, 20, cancellationToken));
            if (i >= 3)
            {
                loads.Add(Stopwatch.GetTimestamp() - started);
            }

            async Task Time<T>(string label, Func<Task<T>> query)
            {
                var queryStarted = Stopwatch.GetTimestamp();
                await query();
                if (i >= 3)
                {
                    (perQuery.TryGetValue(label, out var list) ? list : perQuery[label] = []).Add(Stopwatch.GetTimestamp() - queryStarted);
                }
            }
        }

        var dashboard = LatencySummary.FromStopwatchTicks([.. loads]);
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(Invariant($"BCP Local Offer analytics benchmark (Release, {Environment.ProcessorCount} cores shared with whatever else runs; 1-minute load average before: {loadAverageBeforeRun?.ToString("0.00", CultureInfo.InvariantCulture) ?? "unknown"})"));
        output.WriteLine(Invariant($"{"",-LabelWidth}{"events/s",10}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"errors",9}"));
        output.WriteLine(Invariant($"{"POST /api/events",-LabelWidth}{ingest.RequestsPerSecond,10:0}{ingest.Latency.P50Milliseconds,9:0.0}{ingest.Latency.P95Milliseconds,9:0.0}{ingest.Latency.P99Milliseconds,9:0.0}{ingest.Errors,9}"));
        WriteTargetRow(output, "ingest throughput", Invariant($"{ingest.RequestsPerSecond:0}/s"), Invariant($"(target >= {MinimumEventsPerSecond:0}/s)"), ingest.Errors == 0 && ingest.RequestsPerSecond >= MinimumEventsPerSecond);
        WriteTargetRow(output, "ingest p95", Invariant($"{ingest.Latency.P95Milliseconds:0.0} ms"), Invariant($"(target <= {MaximumIngestP95Milliseconds:0} ms)"), ingest.Latency.P95Milliseconds <= MaximumIngestP95Milliseconds);
        var accepted = warmUp.Latency.Count + ingest.Latency.Count;
        output.WriteLine(Invariant($"{"events saved",-LabelWidth}{saved:N0} of {accepted:N0} accepted (warm-up included; any difference was dropped by a full queue)"));
        if (ingest.FirstError is not null)
        {
            output.WriteLine($"{"first error",-LabelWidth}{ingest.FirstError}");
        }

        output.WriteLine();
        output.WriteLine(Invariant($"{"dashboard (" + DashboardLoads + " loads)",-LabelWidth}{"",10}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}"));
        output.WriteLine(Invariant($"{"all six queries",-LabelWidth}{"",10}{dashboard.P50Milliseconds,9:0.0}{dashboard.P95Milliseconds,9:0.0}{dashboard.P99Milliseconds,9:0.0}"));
        foreach (var (label, ticks) in perQuery)
        {
            var summary = LatencySummary.FromStopwatchTicks([.. ticks]);
            output.WriteLine(Invariant($"{"  " + label,-LabelWidth}{"",10}{summary.P50Milliseconds,9:0.0}{summary.P95Milliseconds,9:0.0}{summary.P99Milliseconds,9:0.0}"));
        }

        WriteTargetRow(output, "dashboard p95", Invariant($"{dashboard.P95Milliseconds:0} ms"), Invariant($"(target <= {MaximumDashboardP95Milliseconds:0} ms)"), dashboard.P95Milliseconds <= MaximumDashboardP95Milliseconds);
        output.WriteLine(Invariant($"{"rollup rows",-LabelWidth}{rows:N0} ({RollupDays} days x {RollupPages:N0} pages of views, plus clicks and searches) written in {generate.Elapsed.TotalSeconds:0.0} s, SQLite"));
        return 0;
    }

    /// <summary>Closed-loop POSTs of one click each, as a beacon sends them (text/plain JSON, a browser's user agent).</summary>
    private static async Task<LoadResult> PostLoadAsync(HttpClient client, Uri target, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var deadline = startedAt + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var latencies = new List<long>(64 * 1024);
            var errors = 0;
            string? firstError = null;
            var bodies = Enumerable.Range(0, 50).Select(i => Encoding.UTF8.GetBytes(
                $"{{\"kind\":\"{(i % 5 == 0 ? "outbound" : "internal")}\",\"path\":\"/page-{worker}-{i}\",\"target\":\"{(i % 5 == 0 ? "https://www.example.org/p" + i : "/target-" + i)}\"{(i % 3 == 0 ? $",\"context\":\"you-said-we-did:{i}\"" : "")}}}")).ToArray();
            for (var n = 0; Stopwatch.GetTimestamp() < deadline; n++)
            {
                var content = new ByteArrayContent(bodies[n % bodies.Length]);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "UTF-8" };
                using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
                request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        latencies.Add(Stopwatch.GetTimestamp() - sentAt);
                    }
                    else
                    {
                        errors++;
                        firstError ??= $"HTTP {(int)response.StatusCode}";
                    }
                }
                catch (HttpRequestException exception)
                {
                    errors++;
                    firstError ??= exception.Message;
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    errors++;
                    firstError ??= $"no response within {client.Timeout.TotalSeconds:0} s";
                }
            }

            return (latencies, errors, firstError);
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(startedAt);
        return new LoadResult(
            elapsed,
            LatencySummary.FromStopwatchTicks(results.SelectMany(r => r.latencies).ToArray()),
            results.Sum(r => r.errors),
            results.Select(r => r.firstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>
    /// Every day of the period: views of each of 1,000 pages (a few "You said – We did" entries
    /// among them), clicks from entries and to downloads, searches; plus a year of searches that
    /// found nothing in the search log. Written with plain SQLite inserts in one transaction.
    /// </summary>
    private static async Task<long> WriteRollupsAsync(string connectionString, ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO AnalyticsDailyRollups (Date, Kind, Path, Context, Count) VALUES ($date, $kind, $path, $context, $count)";
        var date = insert.Parameters.Add("$date", SqliteType.Text);
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        var path = insert.Parameters.Add("$path", SqliteType.Text);
        var context = insert.Parameters.Add("$context", SqliteType.Text);
        var count = insert.Parameters.Add("$count", SqliteType.Integer);
        await using var search = connection.CreateCommand();
        search.Transaction = transaction;
        search.CommandText = "INSERT INTO SearchQueryLog (Query, Date, ResultCount) VALUES ($query, $date, 0)";
        var query = search.Parameters.Add("$query", SqliteType.Text);
        var searchDate = search.Parameters.Add("$date", SqliteType.Text);

        var random = new Random(7);
        long rows = 0;
        async Task Row(DateOnly day, EventKind eventKind, string rowPath, string rowContext, int rowCount)
        {
            date.Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            kind.Value = eventKind.ToString();
            path.Value = rowPath;
            context.Value = rowContext;
            count.Value = rowCount;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }

        for (var day = period.From; day <= period.To; day = day.AddDays(1))
        {
            for (var page = 0; page < RollupPages; page++)
            {
                var pagePath = page < 50 ? $"/you-said-we-did/{page + 1}/entry-{page + 1}" : $"/section-{page % 20}/page-{page}";
                await Row(day, EventKind.PageView, pagePath, "", 1 + random.Next(40));
            }

            for (var entry = 1; entry <= 20; entry++)
            {
                await Row(day, EventKind.InternalLink, $"/improvement-plan/actions/{entry}A", $"you-said-we-did:{entry}", 1 + random.Next(5));
            }

            for (var file = 0; file < 20; file++)
            {
                await Row(day, EventKind.Download, $"/media/{file}/document-{file}.pdf", "", 1 + random.Next(10));
            }

            await Row(day, EventKind.Search, "/search", "", 200 + random.Next(100));
            await Row(day, EventKind.SearchFoundNothing, "/search", "", 10 + random.Next(20));
            for (var miss = 0; miss < 10; miss++)
            {
                query.Value = $"unfound words {random.Next(300)}";
                searchDate.Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await search.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        // The rollup job adds the days of each month up the same way.
        await using var months = connection.CreateCommand();
        months.Transaction = transaction;
        months.CommandText = """
            INSERT INTO AnalyticsMonthlyRollups (Month, Kind, Path, Context, Count)
            SELECT substr(Date, 1, 8) || '01', Kind, Path, Context, SUM(Count) FROM AnalyticsDailyRollups GROUP BY 1, 2, 3, 4
            """;
        rows += await months.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private static void WriteTargetRow(TextWriter output, string label, string value, string target, bool verdict) =>
        output.WriteLine($"{label,-LabelWidth}{value,-12}{target,-24}{(verdict ? "PASS" : "MISS")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
