using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// --nodes: two Release nodes as separate processes on one throwaway PostgreSQL, behind a real nginx.
/// Publish on node A and watch node B (with notifications, then with the poll alone); content page
/// throughput through nginx with two nodes and with one; then SIGKILL node B under page views and
/// feedback, count what the families saw, check every acknowledged comment is stored, restart B and
/// check it has caught up.
/// </summary>
internal static class NodesBenchmark
{
    private const string ContentPagePath = "/money-and-personal-budgets/direct-payments";
    private const string EditedPagePath = "/short-breaks/what-short-breaks-are";
    private const int WarmUpRounds = 2;
    private const int KillLoadConnections = 16;
    private const double PollSeconds = 5;
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var webDll = WebAppBuild.LocateReleaseDll();
        var rounds = options.RoundsGiven ? options.Rounds : 50;
        Console.WriteLine($"Site: {webDll}");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average before {MachineLoad.OneMinuteAverage():0.00}; both nodes, PostgreSQL, nginx and the load share them");
        await using var postgres = await ThrowawayPostgres.StartAsync(cancellationToken);
        var connection = postgres.ConnectionString("localoffer_nodes");
        Console.WriteLine($"PostgreSQL on 127.0.0.1:{postgres.Port}");
        using var dataA = ScratchFolder.Create("bcp-localoffer-node-a-");
        using var dataB = ScratchFolder.Create("bcp-localoffer-node-b-");
        var (portA, portB) = (SiteProcess.FindFreePort(), SiteProcess.FindFreePort());
        Dictionary<string, string> Settings(string id, bool notifications) => new()
        {
            ["LocalOffer__Database__Provider"] = "Postgres",
            ["LocalOffer__Database__ConnectionString"] = connection,
            ["LocalOffer__NodeId"] = id,
            ["LocalOffer__ChangeFeed__Notifications"] = notifications ? "true" : "false",
            ["LocalOffer__ChangeFeed__PollSeconds"] = PollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LocalOffer__Feedback__SubmissionsPerMinutePerClient"] = "100000000",
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
        };
        using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

        SiteProcess? a = null, b = null;
        try
        {
            Console.WriteLine("First start of node A on the empty database (schema, content seed)...");
            a = SiteProcess.Start(webDll, dataA.Path, Settings("node-a", true), portA);
            var firstStart = await a.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
            await a.StopAsync(StopGrace);
            await a.DisposeAsync();
            var (author, board) = await CreateAccountsAsync(webDll, dataA.Path, connection);
            var editedPage = await EditedPageAsync(webDll, dataA.Path, connection);

            Console.WriteLine("Starting node A again on the seeded database (cold start), then node B...");
            a = SiteProcess.Start(webDll, dataA.Path, Settings("node-a", true), portA);
            var coldStart = await a.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
            b = SiteProcess.Start(webDll, dataB.Path, Settings("node-b", true), portB);
            var secondNode = await b.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
            await WaitUntilReadyAsync(probe, a, cancellationToken);
            await WaitUntilReadyAsync(probe, b, cancellationToken);
            Console.WriteLine($"  first page: first start {firstStart.TotalSeconds:0.00} s, cold start {coldStart.TotalSeconds:0.00} s (target ≤ 2 s) {(coldStart.TotalSeconds <= 2 ? "met" : "MISSED")}, node B {secondNode.TotalSeconds:0.00} s");

            await using var nginx = await NginxBalancer.StartAsync([a.BaseAddress, b.BaseAddress], cancellationToken);
            Console.WriteLine($"nginx: {nginx.AllNodes} over both nodes, {nginx.FirstNodeOnly} in front of node A alone");

            Console.WriteLine($"Publishing on node A and watching node B, with notifications: {WarmUpRounds} warm-up rounds, then {rounds}...");
            var notified = await PublishRoundsAsync(a, b, author, board, editedPage, rounds, cancellationToken);
            Report("with notifications", notified, targetP95Seconds: 1);

            Console.WriteLine($"Content page through nginx at {options.Connections} connections ({options.WarmupSeconds} s warm-up, {options.Seconds} s measured each)...");
            using var loadClient = LoadGenerator.CreateClient(options.Connections);
            var load = new LoadGenerator(loadClient, options.Connections);
            var two = await MeasureAsync(load, new Uri(nginx.AllNodes, ContentPagePath), options, cancellationToken);
            var one = await MeasureAsync(load, new Uri(nginx.FirstNodeOnly, ContentPagePath), options, cancellationToken);
            Console.WriteLine($"  two nodes {two.RequestsPerSecond:N0} requests/s (p95 {two.Latency.P95Milliseconds:0.0} ms, errors {two.Errors}); one node {one.RequestsPerSecond:N0} requests/s (p95 {one.Latency.P95Milliseconds:0.0} ms, errors {one.Errors}); ratio {two.RequestsPerSecond / one.RequestsPerSecond:0.00}");
            Console.WriteLine("  (on this machine the two nodes share its cores with nginx and the load generator, so the ratio shows the overhead of balancing more than the gain of a second host)");

            Console.WriteLine($"SIGKILL node B under {KillLoadConnections} connections of page views and feedback through nginx...");
            var kill = await KillUnderLoadAsync(nginx.AllNodes, b, cancellationToken);
            await b.DisposeAsync();
            var stored = await StoredCommentsAsync(connection);
            var lost = kill.Acknowledged.Count(c => !stored.Contains(c));
            Console.WriteLine($"  page views {kill.PageViews:N0}, failed {kill.PageErrors} (target: only requests in flight on the killed node; nginx retries GETs on the other node){(kill.FirstPageError is null ? "" : $", first: {kill.FirstPageError}")}");
            Console.WriteLine($"  feedback acknowledged {kill.Acknowledged.Count:N0}, refused or cut off {kill.FeedbackErrors}, acknowledged but not stored {lost} {(lost == 0 ? "(zero lost: met)" : "(LOST ACKNOWLEDGED SUBMISSIONS)")}");

            Console.WriteLine("Restarting node B on its port; a publish on node A must reach it...");
            b = SiteProcess.Start(webDll, dataB.Path, Settings("node-b", true), portB);
            var restart = await b.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
            await WaitUntilReadyAsync(probe, b, cancellationToken);
            var caughtUp = await PublishRoundsAsync(a, b, author, board, editedPage, 1, cancellationToken, warmUp: 0);
            Console.WriteLine($"  node B served again {restart.TotalSeconds:0.00} s after its start; a publish on A visible on B {caughtUp[0].TotalSeconds:0.00} s later: caught up");

            Console.WriteLine($"Both nodes restarted with notifications off (poll every {PollSeconds:0} s): {rounds} more rounds...");
            await a.StopAsync(StopGrace);
            await a.DisposeAsync();
            await b.StopAsync(StopGrace);
            await b.DisposeAsync();
            a = SiteProcess.Start(webDll, dataA.Path, Settings("node-a", false), portA);
            b = SiteProcess.Start(webDll, dataB.Path, Settings("node-b", false), portB);
            await a.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
            await b.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
            var polled = await PublishRoundsAsync(a, b, author, board, editedPage, rounds, cancellationToken);
            Report("with the poll alone", polled, targetP95Seconds: PollSeconds + 1);
            return 0;
        }
        catch (BenchmarkFailedException exception) when (exception.SiteOutput.Count == 0 && (a ?? b) is { } site)
        {
            throw new BenchmarkFailedException(exception.Message, site.RecentOutput());
        }
        finally
        {
            if (a is not null)
            {
                await a.DisposeAsync();
            }

            if (b is not null)
            {
                await b.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
        }
    }

    private static void Report(string how, IReadOnlyList<TimeSpan> visible, double targetP95Seconds)
    {
        var latency = LatencySummary.FromStopwatchTicks([.. visible.Select(v => (long)(v.TotalSeconds * Stopwatch.Frequency))]);
        var p95 = latency.P95Milliseconds / 1000;
        Console.WriteLine($"  publish on A to visible on B, {how}: p50 {latency.P50Milliseconds / 1000:0.00} s, p95 {p95:0.00} s over {visible.Count} publishes (target p95 ≤ {targetP95Seconds:0} s) {(p95 <= targetP95Seconds ? "met" : "MISSED")}");
    }

    /// <summary>Edit and submit as the author, approve as the board (both on node A), and time until node B serves it.</summary>
    private static async Task<List<TimeSpan>> PublishRoundsAsync(
        SiteProcess a, SiteProcess b, BenchmarkAccount author, BenchmarkAccount board, GeneratedPage page, int rounds, CancellationToken cancellationToken, int warmUp = WarmUpRounds)
    {
        using var authorSession = new BrowserSession(a.BaseAddress, author.Email);
        using var boardSession = new BrowserSession(a.BaseAddress, board.Email);
        await authorSession.SignInAsync(author.Email, author.Password, cancellationToken);
        await boardSession.SignInAsync(board.Email, board.Password, cancellationToken);
        using var family = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = b.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var publishing = new PublishRounds(authorSession, boardSession, family);
        var visible = new List<TimeSpan>();
        for (var i = 0; i < warmUp + rounds; i++)
        {
            var round = await publishing.RunAsync(page, cancellationToken);
            if (i >= warmUp)
            {
                visible.Add(round.Visible);
            }
        }

        return visible;
    }

    private static async Task<LoadResult> MeasureAsync(LoadGenerator load, Uri target, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        await load.RunAsync(target, options.Warmup, cancellationToken);
        return await load.RunAsync(target, options.Duration, cancellationToken);
    }

    private sealed record KillResult(int PageViews, int PageErrors, string? FirstPageError, IReadOnlyList<string> Acknowledged, int FeedbackErrors);

    /// <summary>Twelve connections of page views and four of "Have your say" through nginx; node B is killed a third of the way in.</summary>
    private static async Task<KillResult> KillUnderLoadAsync(Uri balancer, SiteProcess victim, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = KillLoadConnections };
        using var http = new HttpClient(handler) { BaseAddress = balancer, Timeout = TimeSpan.FromSeconds(30) };
        var duration = TimeSpan.FromSeconds(12);
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var acknowledged = new ConcurrentBag<string>();
        int pageViews = 0, pageErrors = 0, feedbackErrors = 0;
        string? firstPageError = null;
        var pages = new[] { ContentPagePath, "/short-breaks", "/", EditedPagePath, "/have-your-say" };

        async Task PageViewsAsync(int worker)
        {
            for (var i = worker; Stopwatch.GetTimestamp() < deadline; i++)
            {
                try
                {
                    using var response = await http.GetAsync(pages[i % pages.Length], cancellationToken);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    Interlocked.Increment(ref pageViews);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref pageErrors);
                        Interlocked.CompareExchange(ref firstPageError, $"HTTP {(int)response.StatusCode}", null);
                    }
                }
                catch (HttpRequestException exception)
                {
                    Interlocked.Increment(ref pageViews);
                    Interlocked.Increment(ref pageErrors);
                    Interlocked.CompareExchange(ref firstPageError, exception.Message, null);
                }
            }
        }

        async Task FeedbackAsync(int worker)
        {
            for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var comment = $"Benchmark node kill {worker}-{i} {Guid.NewGuid():N}";
                try
                {
                    var form = await http.GetStringAsync("/have-your-say", cancellationToken);
                    using var content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__FormToken"] = WebUtility.HtmlDecode(FeedbackBenchmark.TokenField().Match(form).Groups[1].Value),
                        ["Role"] = "parent-or-carer",
                        ["Topic"] = FeedbackBenchmark.TopicOption().Match(form).Groups[1].Value,
                        ["Comment"] = comment,
                        ["ReplyWanted"] = "no",
                    });
                    using var response = await http.PostAsync("/have-your-say", content, cancellationToken);
                    if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/have-your-say/sent/", StringComparison.Ordinal) == true)
                    {
                        acknowledged.Add(comment);
                    }
                    else
                    {
                        Interlocked.Increment(ref feedbackErrors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref feedbackErrors);
                }
            }
        }

        var workers = Enumerable.Range(0, 12).Select(w => Task.Run(() => PageViewsAsync(w), cancellationToken))
            .Concat(Enumerable.Range(0, 4).Select(w => Task.Run(() => FeedbackAsync(w), cancellationToken)))
            .ToList();
        await Task.Delay(duration / 3, cancellationToken);
        await victim.KillAsync();
        await Task.WhenAll(workers);
        return new KillResult(pageViews, pageErrors, firstPageError, [.. acknowledged], feedbackErrors);
    }

    private static async Task<HashSet<string>> StoredCommentsAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Comment\" FROM \"FeedbackItems\" WHERE \"Comment\" IS NOT NULL", db);
        await using var reader = await command.ExecuteReaderAsync();
        var comments = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            comments.Add(reader.GetString(0));
        }

        return comments;
    }

    private static async Task WaitUntilReadyAsync(HttpClient probe, SiteProcess site, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while ((await probe.GetAsync(new Uri(site.BaseAddress, "/health/ready"), cancellationToken)).StatusCode != HttpStatusCode.OK)
        {
            if (Stopwatch.GetElapsedTime(started) > StartupTimeout)
            {
                throw new BenchmarkFailedException($"{site.BaseAddress} never reported ready.", site.RecentOutput());
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The site's own services on its database, without serving: as the create-admin command does.</summary>
    private static WebApplication Offline(string webDll, string dataPath, string connection)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = Path.GetDirectoryName(webDll),
            Args =
            [
                $"--LocalOffer:DataPath={dataPath}",
                "--LocalOffer:Database:Provider=Postgres",
                $"--LocalOffer:Database:ConnectionString={connection}",
                "--Serilog:MinimumLevel:Default=Warning",
            ],
        });
        builder.AddLocalOffer();
        return builder.Build();
    }

    private static async Task<(BenchmarkAccount Author, BenchmarkAccount Board)> CreateAccountsAsync(string webDll, string dataPath, string connection)
    {
        await using var app = Offline(webDll, dataPath, connection);
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorialAccounts>();
        return (
            await EditorialScratchData.CreateAccountAsync(accounts, "nodes-author@local-offer.test", EditorialRoles.Author, "Benchmark Author", "Parent Carers Together"),
            await EditorialScratchData.CreateAccountAsync(accounts, "nodes-board@local-offer.test", EditorialRoles.EditorialBoard, "Benchmark Board Member", "BCP Council SEND Service"));
    }

    private static async Task<GeneratedPage> EditedPageAsync(string webDll, string dataPath, string connection)
    {
        await using var app = Offline(webDll, dataPath, connection);
        await using var scope = app.Services.CreateAsyncScope();
        var segment = EditedPagePath[(EditedPagePath.LastIndexOf('/') + 1)..];
        var key = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ContentNodes.Where(n => n.UrlSegment == segment).Select(n => n.Key).SingleAsync();
        return new GeneratedPage(key, EditedPagePath);
    }
}
