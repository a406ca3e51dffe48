// The BCP Local Offer benchmark. Not part of the test run; run it by hand, from the repository root:
//
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks [-- --seconds 10 --connections 64 --warmup 3]
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --search
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --editorial
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --analytics
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --directory
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --feedback
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --nodes
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --cold-start
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --relevance
//   dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks -- --reminders
//
// It starts the Release build of the site as a separate process, as it runs in production,
// measures its start-up and then compares a real content page with a control endpoint that
// returns the same bytes through the same pipeline. It reports against the targets and exits 0
// whether or not they are met; it exits non-zero only when it could not measure. With --search it
// measures the search index and service in this process instead (SearchBenchmark.cs); with
// --editorial the back office with thousands of pages, signed in over HTTP (EditorialBenchmark.cs).
using System.Runtime.InteropServices;
using BcpLocalOffer.Benchmarks;

const string ContentPagePath = "/money-and-personal-budgets/direct-payments";
const string ControlPath = "/__benchmark/control";
var startupTimeout = TimeSpan.FromSeconds(120);
var stopGrace = TimeSpan.FromSeconds(15);
var settleBeforeEachRun = TimeSpan.FromSeconds(1);

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

using var cancellation = new CancellationTokenSource();

// Ctrl+C, SIGTERM and a closed terminal all end up in the finally blocks below, which stop the
// site and delete its data; by default the runtime would exit at once and leave the site running.
var stopSignals = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }
    .Select(signal => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true;
        cancellation.Cancel();
    }))
    .ToList();

// The other modes each measure one capability; they share how failures and Ctrl+C are reported.
Func<BenchmarkOptions, CancellationToken, Task<int>>? mode = options switch
{
    { Editorial: true } => EditorialBenchmark.RunAsync,
    { Analytics: true } => AnalyticsBenchmark.RunAsync,
    { Directory: true } => DirectoryBenchmark.RunAsync,
    { Search: true } => SearchBenchmark.RunAsync,
    { Feedback: true } => FeedbackBenchmark.RunAsync,
    { Nodes: true } => NodesBenchmark.RunAsync,
    { ColdStart: true } => ColdStartBenchmark.RunAsync,
    { Relevance: true } => RelevanceBenchmark.RunAsync,
    { Reminders: true } => ReminderBenchmark.RunAsync,
    _ => null,
};
if (mode is not null)
{
    try
    {
        return await mode(options, cancellation.Token);
    }
    catch (BenchmarkFailedException exception)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine($"Benchmark failed: {exception.Message}");
        foreach (var line in exception.SiteOutput)
        {
            Console.Error.WriteLine($"  {line}");
        }

        return 1;
    }
    catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
    {
        Console.Error.WriteLine("Cancelled.");
        return 130;
    }
    finally
    {
        stopSignals.ForEach(registration => registration.Dispose());
    }
}

using var dataFolder = ScratchFolder.Create("bcp-localoffer-benchmark-");
SiteProcess? site = null;

try
{
    var webDll = WebAppBuild.LocateReleaseDll();
    var loadAverageBeforeRun = MachineLoad.OneMinuteAverage();
    Console.WriteLine($"Site: {webDll}");
    Console.WriteLine($"Data: {dataFolder.Path}");

    using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };

    Console.WriteLine("Starting the site on an empty database (migrations and content seed)...");
    site = SiteProcess.Start(webDll, dataFolder.Path);
    var firstStart = await site.WaitUntilServingAsync(probe, startupTimeout, cancellation.Token);
    await site.StopAsync(stopGrace);
    await site.DisposeAsync();

    Console.WriteLine("Starting it again on the seeded database (cold start)...");
    site = SiteProcess.Start(webDll, dataFolder.Path);
    var coldStart = await site.WaitUntilServingAsync(probe, startupTimeout, cancellation.Token);

    using var client = LoadGenerator.CreateClient(options.Connections);
    var load = new LoadGenerator(client, options.Connections);
    var contentPage = new Uri(site.BaseAddress, ContentPagePath);
    var control = new Uri(site.BaseAddress, ControlPath);

    var contentPageResponse = await PrepareControlAsync(client, contentPage, control, cancellation.Token);

    Console.WriteLine($"Warming up both endpoints ({options.WarmupSeconds} s each)...");
    await load.RunAsync(control, options.Warmup, cancellation.Token);
    await load.RunAsync(contentPage, options.Warmup, cancellation.Token);

    Console.WriteLine($"Measuring the control endpoint ({options.Seconds} s at {options.Connections} connections)...");
    await load.RunAsync(control, settleBeforeEachRun, cancellation.Token);
    var controlResult = await load.RunAsync(control, options.Duration, cancellation.Token);

    Console.WriteLine($"Measuring the content page ({options.Seconds} s at {options.Connections} connections)...");
    await load.RunAsync(contentPage, settleBeforeEachRun, cancellation.Token);
    var contentResult = await load.RunAsync(contentPage, options.Duration, cancellation.Token);

    var workingSet = site.WorkingSetMegabytes;

    BenchmarkReport.Write(Console.Out, new BenchmarkResults(
        options, controlResult, contentResult, contentPageResponse, coldStart, firstStart, workingSet, loadAverageBeforeRun));
    return 0;
}
catch (BenchmarkFailedException exception)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"Benchmark failed: {exception.Message}");
    if (exception.SiteOutput.Count > 0)
    {
        Console.Error.WriteLine("Last lines from the site:");
        foreach (var line in exception.SiteOutput)
        {
            Console.Error.WriteLine($"  {line}");
        }
    }

    return 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
finally
{
    if (site is not null)
    {
        await site.DisposeAsync();
    }

    stopSignals.ForEach(registration => registration.Dispose());
}

// The control endpoint must return exactly the page's bytes, or the comparison means nothing.
static async Task<ContentPageResponse> PrepareControlAsync(HttpClient client, Uri contentPage, Uri control, CancellationToken cancellationToken)
{
    using var first = await client.GetAsync(contentPage, cancellationToken);
    if (!first.IsSuccessStatusCode)
    {
        throw new BenchmarkFailedException($"{contentPage.AbsolutePath} answered {(int)first.StatusCode}; it must be published in the content seed.");
    }

    var page = await first.Content.ReadAsByteArrayAsync(cancellationToken);

    // Output caching adds an Age header to the responses it serves from the cache.
    using var repeat = await client.GetAsync(contentPage, cancellationToken);
    var servedFromOutputCache = repeat.Headers.Age is not null;
    var contentEncoding = repeat.Content.Headers.ContentEncoding.FirstOrDefault();

    using var upload = new ByteArrayContent(page);
    upload.Headers.ContentType = first.Content.Headers.ContentType;
    using var stored = await client.PutAsync(control, upload, cancellationToken);
    if (!stored.IsSuccessStatusCode)
    {
        throw new BenchmarkFailedException(
            $"PUT {control.AbsolutePath} answered {(int)stored.StatusCode}; is LocalOffer:Benchmark:ControlEndpoint honoured?");
    }

    var echoed = await client.GetByteArrayAsync(control, cancellationToken);
    if (!echoed.AsSpan().SequenceEqual(page))
    {
        throw new BenchmarkFailedException(
            $"GET {control.AbsolutePath} returned {echoed.Length} bytes that differ from the {page.Length} bytes of {contentPage.AbsolutePath}.");
    }

    return new ContentPageResponse(page.Length, contentEncoding, servedFromOutputCache);
}
