using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.Benchmarks;

/// <summary>A content-list address under load, and what it answered before the load.</summary>
internal sealed record ContentListResult(string Label, string Path, int Bytes, int Rows, LoadResult Load);

internal sealed record EditorialResults(
    BenchmarkOptions Options,
    GeneratedContent Content,
    TimeSpan ColdStart,
    TimeSpan SearchReady,
    IReadOnlyList<ContentListResult> Lists,
    IReadOnlyList<PublishRound> Rounds,
    double? LoadAverageBeforeRun);

/// <summary>
/// The --editorial mode: the back office of the real site (Release, Production, its own process)
/// with thousands of pages, used over HTTP by signed-in editors as a browser would.
/// </summary>
internal static partial class EditorialBenchmark
{
    public const double MaximumListP95Milliseconds = 200;
    public const double MaximumVisibleP95Milliseconds = 1000;

    // Unmeasured rounds first, so the first measured one is not the one that compiles the code.
    private const int WarmUpRounds = 2;

    private const int LabelWidth = 32;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan SearchTimeout = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The content list as an editor meets it: the first screen, a page with the most pages
    /// directly beneath it opened, and a search by title that finds hundreds.
    /// </summary>
    private static IReadOnlyList<(string Label, string Path)> ContentLists(GeneratedContent content) =>
    [
        ("content list", "/editorial/content"),
        .. content.LargestParent is { } parent ? [("content list, a page opened", $"/editorial/content?under={parent}")] : Array.Empty<(string, string)>(),
        ("content list, title search", "/editorial/content?q=short+breaks"),
    ];

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var webDll = WebAppBuild.LocateReleaseDll();
        var loadAverageBeforeRun = MachineLoad.OneMinuteAverage();
        using var dataFolder = ScratchFolder.Create("bcp-localoffer-editorial-");
        SiteProcess? site = null;
        try
        {
            Console.WriteLine($"Site: {webDll}");
            Console.WriteLine($"Data: {dataFolder.Path}");
            using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };

            Console.WriteLine("Starting the site on an empty database (migrations and content seed)...");
            site = SiteProcess.Start(webDll, dataFolder.Path);
            await site.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
            await site.StopAsync(StopGrace);
            await site.DisposeAsync();

            Console.WriteLine($"Adding {options.Pages:N0} pages and two editor accounts to its database (directly, through the site's DbContext and account code)...");
            var content = await EditorialScratchData.CreateAsync(webDll, dataFolder.Path, options.Pages, cancellationToken);
            var needed = options.Rounds + WarmUpRounds;
            if (content.PublishedLeaves.Count < needed)
            {
                throw new BenchmarkFailedException($"{options.Rounds} rounds need {needed} live generated pages; {options.Pages} pages give {content.PublishedLeaves.Count}. Use more --pages.");
            }

            Console.WriteLine("Starting the site with them (cold start)...");
            site = SiteProcess.Start(webDll, dataFolder.Path);
            var coldStart = await site.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);

            // The index rebuild after start takes a core for a while; measuring during it would
            // measure the rebuild.
            Console.WriteLine("Waiting for the search index to be built, so it does not compete with the measurements...");
            var searchReady = await WaitForSearchAsync(probe, site, cancellationToken) + coldStart;

            var sessions = new List<BrowserSession>();
            try
            {
                for (var i = 0; i < Math.Max(options.Clients, 2); i++)
                {
                    var account = i % 2 == 0 ? content.Board : content.Author;
                    var session = new BrowserSession(site.BaseAddress, account.Email);
                    sessions.Add(session);
                    await session.SignInAsync(account.Email, account.Password, cancellationToken);
                }

                Console.WriteLine($"Signed in {sessions.Count} editors over HTTP (sign-in form, antiforgery token, cookie).");
                var lists = await MeasureListsAsync(options, ContentLists(content), sessions.Take(options.Clients).ToList(), cancellationToken);

                using var family = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false })
                {
                    BaseAddress = site.BaseAddress,
                    Timeout = TimeSpan.FromSeconds(30),
                };
                var rounds = new PublishRounds(author: sessions[1], board: sessions[0], family);
                var pages = Enumerable.Range(0, needed)
                    .Select(i => content.PublishedLeaves[(int)((long)i * content.PublishedLeaves.Count / needed)])
                    .ToList();
                Console.WriteLine($"Edit, submit, approve and watch the public page: {WarmUpRounds} warm-up rounds, then {options.Rounds}...");
                var measured = new List<PublishRound>();
                for (var i = 0; i < pages.Count; i++)
                {
                    var round = await rounds.RunAsync(pages[i], cancellationToken);
                    if (i >= WarmUpRounds)
                    {
                        measured.Add(round);
                    }
                }

                Write(Console.Out, new EditorialResults(options, content, coldStart, searchReady, lists, measured, loadAverageBeforeRun));
                return 0;
            }
            finally
            {
                sessions.ForEach(session => session.Dispose());
            }
        }
        catch (BenchmarkFailedException exception) when (site is not null && exception.SiteOutput.Count == 0)
        {
            throw new BenchmarkFailedException(exception.Message, site.RecentOutput());
        }
        finally
        {
            if (site is not null)
            {
                await site.DisposeAsync();
            }
        }
    }

    private static async Task<IReadOnlyList<ContentListResult>> MeasureListsAsync(
        BenchmarkOptions options, IReadOnlyList<(string Label, string Path)> lists, IReadOnlyList<BrowserSession> sessions, CancellationToken cancellationToken)
    {
        var results = new List<ContentListResult>();
        foreach (var (label, path) in lists)
        {
            using var first = await sessions[0].GetAsync(path, cancellationToken);
            var html = await first.Content.ReadAsStringAsync(cancellationToken);
            if (first.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchmarkFailedException($"GET {path} as {sessions[0].Who} answered {(int)first.StatusCode}.");
            }

            var rows = ContentRow().Count(html);
            var offered = path switch
            {
                _ when path.Contains("under=", StringComparison.Ordinal) => html.Contains("under=", StringComparison.Ordinal) || rows > 1,
                _ when path.Contains("q=", StringComparison.Ordinal) => html.Contains("action=\"/editorial/content\"", StringComparison.Ordinal),
                _ => true,
            };
            if (!offered)
            {
                Console.WriteLine($"Skipping {path}: the content list offers no such thing.");
                continue;
            }

            Console.WriteLine($"Measuring {path} ({options.WarmupSeconds} s warm-up, {options.Seconds} s at {sessions.Count} signed-in clients, {rows:N0} pages listed)...");
            await SignedInLoad.RunAsync(sessions, path, options.Warmup, cancellationToken);
            var load = await SignedInLoad.RunAsync(sessions, path, options.Duration, cancellationToken);
            results.Add(new ContentListResult(label, path, Encoding(html), rows, load));
        }

        return results;

        static int Encoding(string html) => System.Text.Encoding.UTF8.GetByteCount(html);
    }

    /// <returns>How long after the site answered its first page search was ready.</returns>
    private static async Task<TimeSpan> WaitForSearchAsync(HttpClient probe, SiteProcess site, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var search = new Uri(site.BaseAddress, "/api/search?q=short");
        while (Stopwatch.GetElapsedTime(started) < SearchTimeout)
        {
            try
            {
                using var response = await probe.GetAsync(search, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(started);
                }
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow answer while the index is built; try again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        throw new BenchmarkFailedException($"Search was not ready {SearchTimeout.TotalSeconds:0} s after the site started.", site.RecentOutput());
    }

    private static void Write(TextWriter output, EditorialResults results)
    {
        var options = results.Options;
        var content = results.Content;
        output.WriteLine();
        output.WriteLine(Invariant(
            $"BCP Local Offer editorial benchmark (Release, {content.Pages:N0} generated pages besides the seed, {options.Clients} signed-in clients, {options.Seconds} s each, {Environment.ProcessorCount} cores)"));
        output.WriteLine(Invariant($"{"",-LabelWidth}{"req/s",8}{"p50 ms",11}{"p95 ms",9}{"p99 ms",9}{"errors",9}"));
        foreach (var list in results.Lists)
        {
            var latency = list.Load.Latency;
            output.WriteLine(Invariant(
                $"{list.Label,-LabelWidth}{list.Load.RequestsPerSecond,8:0}{latency.P50Milliseconds,11:0.0}{latency.P95Milliseconds,9:0.0}{latency.P99Milliseconds,9:0.0}{list.Load.Errors,9}"));
        }

        foreach (var list in results.Lists)
        {
            var p95 = list.Load.Latency.P95Milliseconds;
            WriteTargetRow(output, list.Label + " p95", Invariant($"{p95:0} ms"), Invariant($"(target <= {MaximumListP95Milliseconds:0} ms)"), list.Load.Errors == 0 && p95 <= MaximumListP95Milliseconds);
        }

        output.WriteLine();
        output.WriteLine(Invariant($"{$"publish ({results.Rounds.Count} rounds)",-LabelWidth}{"p50 ms",8}{"p95 ms",9}{"max ms",9}"));
        var approve = Summary(results.Rounds.Select(round => round.Approve));
        var visible = Summary(results.Rounds.Select(round => round.Visible));
        output.WriteLine(Invariant($"{"approve POST answered",-LabelWidth}{approve.P50,8:0}{approve.P95,9:0}{approve.Max,9:0}"));
        output.WriteLine(Invariant($"{"public page shows it",-LabelWidth}{visible.P50,8:0}{visible.P95,9:0}{visible.Max,9:0}"));
        WriteTargetRow(output, "publish to visible p95", Invariant($"{visible.P95:0} ms"), Invariant($"(target <= {MaximumVisibleP95Milliseconds:0} ms)"), visible.P95 <= MaximumVisibleP95Milliseconds);
        var firstRequest = results.Rounds.Count(round => round.PublicRequests == 1);
        output.WriteLine(Invariant($"{"",-LabelWidth}visible on the first public request after the approve answered: {firstRequest} of {results.Rounds.Count} rounds"));

        output.WriteLine();
        output.WriteLine(Invariant(
            $"{"generated pages",-LabelWidth}{content.Pages:N0} pages, {content.Versions:N0} versions and 2 accounts in {content.Took.TotalSeconds:0.0} s, inserted directly through LocalOfferDbContext and EditorialAccounts (not 5,000 form posts)"));
        output.WriteLine(Invariant($"{"cold start with them",-LabelWidth}{results.ColdStart.TotalMilliseconds:0} ms (information)"));
        output.WriteLine(Invariant($"{"search ready after",-LabelWidth}{results.SearchReady.TotalMilliseconds:0} ms from start (information; measuring began after it)"));
        foreach (var list in results.Lists)
        {
            output.WriteLine(Invariant($"{list.Label + " response",-LabelWidth}{list.Bytes:N0} bytes, {list.Rows:N0} pages listed ({list.Path})"));
        }

        if (results.LoadAverageBeforeRun is { } load)
        {
            var verdict = load > Environment.ProcessorCount
                ? "other work was competing for the cores: expect noisy numbers"
                : "quiet enough";
            output.WriteLine(Invariant($"{"load average before run",-LabelWidth}{load:0.00} (1 min), {verdict}"));
        }

        foreach (var list in results.Lists.Where(list => list.Load.FirstError is not null))
        {
            output.WriteLine($"{list.Label} errors, first: {list.Load.FirstError}");
        }
    }

    private static (double P50, double P95, double Max) Summary(IEnumerable<TimeSpan> times)
    {
        var ticks = times.Select(time => (long)(time.TotalSeconds * Stopwatch.Frequency)).ToArray();
        var summary = LatencySummary.FromStopwatchTicks(ticks);
        return (summary.P50Milliseconds, summary.P95Milliseconds, ticks.Length == 0 ? double.NaN : ticks.Max() * 1000.0 / Stopwatch.Frequency);
    }

    private static void WriteTargetRow(TextWriter output, string label, string value, string target, bool verdict) =>
        output.WriteLine($"{label,-LabelWidth}{value,-12}{target,-22}{(verdict ? "PASS" : "MISS")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Each listed page links to its details from the list: /editorial/content/{key}" (not …/edit).
    [GeneratedRegex(@"href=""/editorial/content/[0-9a-f-]{36}""")]
    private static partial Regex ContentRow();
}
