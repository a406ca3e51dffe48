using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BcpLocalOffer.Benchmarks;

/// <summary>One Open Referral address under load, and how many services its first answer said it had.</summary>
internal sealed record ApiResult(string Label, string Path, int Bytes, int TotalItems, LoadResult Load);

/// <summary>
/// The --directory mode: the real site (Release, Production, its own process) with thousands of
/// published services, and the Open Referral API's paged service list under load from a few
/// clients, as another council's app or an aggregator would call it.
/// </summary>
internal static class DirectoryBenchmark
{
    public const double MaximumP95Milliseconds = 20;
    private const int LabelWidth = 34;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var webDll = WebAppBuild.LocateReleaseDll();
        var loadAverageBeforeRun = MachineLoad.OneMinuteAverage();
        using var dataFolder = ScratchFolder.Create("bcp-localoffer-directory-");
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

            Console.WriteLine($"Adding {options.Services:N0} published services to its database (directly, through the site's DbContext)...");
            var took = await InsertServicesAsync(webDll, dataFolder.Path, options.Services, cancellationToken);

            Console.WriteLine("Starting the site with them (cold start)...");
            site = SiteProcess.Start(webDll, dataFolder.Path);
            var coldStart = await site.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);

            // The search index is rebuilt in the background after start (5,000 more documents);
            // measuring during it would measure the rebuild on a machine with two cores.
            Console.WriteLine("Waiting for the search index to be built, so it does not compete with the measurements...");
            var searchReady = await WaitForSearchAsync(probe, site, cancellationToken);

            using var client = LoadGenerator.CreateClient(options.Clients);
            var load = new LoadGenerator(client, options.Clients);
            var firstCall = Stopwatch.GetTimestamp();
            var first = await ReadPageAsync(client, new Uri(site.BaseAddress, "/openreferral/services?page=1"), cancellationToken);
            var catalogue = Stopwatch.GetElapsedTime(firstCall);
            var lastPage = first["total_pages"]!.GetValue<int>();
            var shortBreak = DirectoryTaxonomies.Kinds.Find("short-break")!.Id;

            var results = new List<ApiResult>();
            foreach (var (label, path) in new[]
            {
                ("services, first page", "/openreferral/services?page=1"),
                ("services, middle page", $"/openreferral/services?page={(lastPage + 1) / 2}"),
                ("services, last page", $"/openreferral/services?page={lastPage}"),
                ("services, filtered page 2", $"/openreferral/services?page=2&taxonomy_term_id={shortBreak}&minimum_age=5"),
                ("services, text search", "/openreferral/services?page=1&text=swimming"),
            })
            {
                var target = new Uri(site.BaseAddress, path);
                var answer = await ReadPageAsync(client, target, cancellationToken);
                var bytes = (await client.GetByteArrayAsync(target, cancellationToken)).Length;
                Console.WriteLine($"Measuring {path} ({options.WarmupSeconds} s warm-up, {options.Seconds} s at {options.Clients} clients)...");
                await load.RunAsync(target, options.Warmup, cancellationToken);
                results.Add(new ApiResult(label, path, bytes, answer["total_items"]!.GetValue<int>(), await load.RunAsync(target, options.Duration, cancellationToken)));
            }

            Write(Console.Out, options, results, took, coldStart, searchReady, catalogue, site.WorkingSetMegabytes, loadAverageBeforeRun);
            return 0;
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

    private static async Task<TimeSpan> WaitForSearchAsync(HttpClient probe, SiteProcess site, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var search = new Uri(site.BaseAddress, "/api/search?q=short");
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(5))
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

        throw new BenchmarkFailedException("Search was not ready 5 minutes after the site started.", site.RecentOutput());
    }

    private static async Task<JsonObject> ReadPageAsync(HttpClient client, Uri target, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(target, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"GET {target.PathAndQuery} answered {(int)response.StatusCode}.");
        }

        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
    }

    /// <summary>
    /// Services spread over every kind, need, locality and cost, each with one approved,
    /// published version, inserted straight into the stopped site's database: thousands of form
    /// posts would measure the back office, not the API.
    /// </summary>
    private static async Task<TimeSpan> InsertServicesAsync(string webDll, string dataPath, int count, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = Path.GetDirectoryName(webDll),
            Args =
            [
                $"--LocalOffer:DataPath={dataPath}",
                "--LocalOffer:Database:Provider=Sqlite",
                $"--LocalOffer:Database:ConnectionString=Data Source={Path.Combine(dataPath, "localoffer.db")}",
                "--Serilog:MinimumLevel:Default=Warning",
            ],
        });
        builder.AddLocalOffer();
        var started = Stopwatch.GetTimestamp();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(20261122);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var services = new List<DirectoryService>(count);
        var versions = new List<ServiceVersion>(count);
        string[] Pick(Taxonomy taxonomy, int most) =>
            [.. taxonomy.Terms.OrderBy(_ => random.Next()).Take(random.Next(1, most + 1)).Select(t => t.Slug)];

        for (var i = 0; i < count; i++)
        {
            var kind = DirectoryTaxonomies.Kinds.Terms[i % DirectoryTaxonomies.Kinds.Terms.Count];
            var id = StableId.For($"benchmark-service:{i}");
            var minimum = random.Next(0, 16);
            services.Add(new DirectoryService { Id = id, Slug = $"benchmark-service-{i}", CreatedAt = now });
            versions.Add(new ServiceVersion
            {
                ServiceId = id,
                Number = 1,
                Name = $"Generated {kind.Label.ToLowerInvariant()} {i}",
                Organisation = $"Sample: Benchmark Provider {i % 400}",
                Description = $"Generated service {i} for the benchmark: {kind.Description} Supported swimming, music and art sessions with trained staff.",
                Kind = kind.Slug,
                MinimumAge = minimum,
                MaximumAge = random.Next(minimum, 26),
                Needs = [.. Pick(DirectoryTaxonomies.Needs, 3)],
                Localities = [.. Pick(DirectoryTaxonomies.Localities, 2)],
                Costs = [.. Pick(DirectoryTaxonomies.Costs, 2)],
                AccessRoutes = [.. Pick(DirectoryTaxonomies.AccessRoutes, 2)],
                ContactName = "Benchmark contact",
                Phone = "01632 960000",
                Email = $"service{i}@benchmark.example",
                Website = $"https://www.example.org/benchmark/{i}",
                VenueName = $"Venue {i}",
                VenueAddress = $"{i} Benchmark Road",
                VenueTown = "Poole",
                VenuePostcode = "BH15 1AA",
                VenueAccessibility = "Step-free, accessible toilet.",
                OpeningTimes = "Saturdays 10am to 12 noon",
                Status = i % 40 == 0 ? ServiceStatus.TemporarilyClosed : ServiceStatus.Active,
                OwnerOrganisation = "BCP Council Short Breaks Team",
                ReviewBy = today.AddMonths(6),
                StaffTraining = i % 3 == 0 ? "Autism awareness, first aid" : null,
                NeedsMet = i % 3 == 0 ? "Autism and learning disabilities" : null,
                VerifiedBy = i % 3 == 0 ? "BCP Council Short Breaks Team" : null,
                VerifiedOn = i % 3 == 0 ? today.AddMonths(-random.Next(0, 18)) : null,
                IsSample = true,
                CreatedAt = now,
                CreatedBy = ContentVersion.SeedAuthor,
                Review = new() { State = WorkflowState.Approved, Contributors = ContentVersion.SeedAuthor, ReviewedBy = ContentVersion.SeedAuthor, ReviewedAt = now },
            });
        }

        db.DirectoryServices.AddRange(services);
        db.DirectoryServiceVersions.AddRange(versions);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < count; i++)
        {
            services[i].PublishedVersionId = versions[i].Id;
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);

        // The site opens the same file next; nothing of this process may hold it.
        SqliteConnection.ClearAllPools();
        return Stopwatch.GetElapsedTime(started);
    }

    private static void Write(
        TextWriter output, BenchmarkOptions options, IReadOnlyList<ApiResult> results, TimeSpan took, TimeSpan coldStart, TimeSpan searchReady, TimeSpan catalogue,
        double workingSet, double? loadAverage)
    {
        output.WriteLine();
        output.WriteLine(Invariant(
            $"BCP Local Offer directory benchmark (Release, {options.Services:N0} generated services besides the seed, {options.Clients} clients, {options.Seconds} s each, {Environment.ProcessorCount} cores shared by the site and the load)"));
        output.WriteLine(Invariant($"{"",-LabelWidth}{"req/s",8}{"p50 ms",11}{"p95 ms",9}{"p99 ms",9}{"errors",9}"));
        foreach (var result in results)
        {
            var latency = result.Load.Latency;
            output.WriteLine(Invariant(
                $"{result.Label,-LabelWidth}{result.Load.RequestsPerSecond,8:0}{latency.P50Milliseconds,11:0.0}{latency.P95Milliseconds,9:0.0}{latency.P99Milliseconds,9:0.0}{result.Load.Errors,9}"));
        }

        foreach (var result in results)
        {
            var p95 = result.Load.Latency.P95Milliseconds;
            var met = result.Load.Errors == 0 && p95 <= MaximumP95Milliseconds;
            output.WriteLine($"{result.Label + " p95",-LabelWidth}{Invariant($"{p95:0.0} ms"),-12}{Invariant($"(target <= {MaximumP95Milliseconds:0} ms)"),-22}{(met ? "PASS" : "MISS")}");
        }

        output.WriteLine();
        foreach (var result in results)
        {
            output.WriteLine(Invariant($"{result.Label + " response",-LabelWidth}{result.Bytes:N0} bytes, {result.TotalItems:N0} services match ({result.Path})"));
        }

        output.WriteLine(Invariant($"{"generated services",-LabelWidth}{options.Services:N0} in {took.TotalSeconds:0.0} s, inserted directly through LocalOfferDbContext"));
        output.WriteLine(Invariant($"{"cold start with them",-LabelWidth}{coldStart.TotalMilliseconds:0} ms (information)"));
        output.WriteLine(Invariant($"{"search ready after",-LabelWidth}{searchReady.TotalMilliseconds:0} ms more (information; measuring began after it)"));
        output.WriteLine(Invariant($"{"first API call after start",-LabelWidth}{catalogue.TotalMilliseconds:0} ms (builds the API's snapshot of every service once; information)"));
        output.WriteLine(Invariant($"{"site working set",-LabelWidth}{workingSet:0} MB (information)"));
        if (loadAverage is { } before)
        {
            output.WriteLine(Invariant($"{"load average before the run",-LabelWidth}{before:0.00} (other work on this machine skews every figure)"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
