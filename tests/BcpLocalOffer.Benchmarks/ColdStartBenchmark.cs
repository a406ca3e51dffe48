using System.Runtime.InteropServices;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// --cold-start: how long a node restarting on a seeded database takes to serve its first page, for
/// the build output and for the ReadyToRun publish that production runs (published here into a
/// scratch folder, as a deploy would). Each is started on an empty database once (schema, seed),
/// then restarted several times; the median is held against the target.
/// </summary>
internal static class ColdStartBenchmark
{
    private const double TargetSeconds = 2;
    private const int Restarts = 5;
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var buildDll = WebAppBuild.LocateReleaseDll();
        using var publish = ScratchFolder.Create("bcp-localoffer-publish-");
        var project = Path.Combine(WebAppBuild.RepositoryRoot(), "src", "BcpLocalOffer.Web");
        var rid = RuntimeInformation.RuntimeIdentifier;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average before {MachineLoad.OneMinuteAverage():0.00}");
        Console.WriteLine($"Publishing as production does: dotnet publish -c Release -r {rid} -p:PublishReadyToRun=true (a few minutes)...");
        await ShellCommand.RunAsync("dotnet", $"publish \"{project}\" -c Release -r {rid} --self-contained false -p:PublishReadyToRun=true -o \"{publish.Path}\" -nologo -v quiet", cancellationToken);

        using var probe = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var (label, dll) in new[] { ("build output (bin/Release)", buildDll), ("ReadyToRun publish", Path.Combine(publish.Path, "BcpLocalOffer.Web.dll")) })
        {
            using var data = ScratchFolder.Create("bcp-localoffer-coldstart-");
            var first = await StartAndStopAsync(dll, data.Path, probe, cancellationToken);
            var starts = new List<TimeSpan>();
            for (var i = 0; i < Restarts; i++)
            {
                starts.Add(await StartAndStopAsync(dll, data.Path, probe, cancellationToken));
            }

            var median = starts.Order().ElementAt(starts.Count / 2);
            Console.WriteLine($"  {label}: first start {first.TotalSeconds:0.00} s; restarts {string.Join(", ", starts.Select(s => $"{s.TotalSeconds:0.00}"))} s; " +
                $"median {median.TotalSeconds:0.00} s (target ≤ {TargetSeconds:0} s) {(median.TotalSeconds <= TargetSeconds ? "met" : "MISSED")}");
        }

        return 0;
    }

    private static async Task<TimeSpan> StartAndStopAsync(string dll, string dataPath, HttpClient probe, CancellationToken cancellationToken)
    {
        await using var site = SiteProcess.Start(dll, dataPath);
        try
        {
            return await site.WaitUntilServingAsync(probe, StartupTimeout, cancellationToken);
        }
        finally
        {
            await site.StopAsync(StopGrace);
        }
    }
}
