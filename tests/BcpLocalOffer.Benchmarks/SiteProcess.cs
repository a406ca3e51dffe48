using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// The real site in its own process, as it runs in production: the Release build, started with
/// <c>dotnet</c>, on loopback, with its data in a folder of the benchmark's choosing.
/// </summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private const int OutputLinesOnFailure = 40;

    private readonly Process process;
    private readonly OutputTail standardOutput = new();
    private readonly OutputTail standardError = new();
    private readonly Task outputPumps;
    private readonly long startedAt;
    private bool disposed;

    private SiteProcess(Process process, long startedAt, Uri baseAddress)
    {
        this.process = process;
        this.startedAt = startedAt;
        BaseAddress = baseAddress;
        outputPumps = Task.WhenAll(
            standardOutput.PumpAsync(process.StandardOutput.BaseStream),
            standardError.PumpAsync(process.StandardError.BaseStream));
    }

    public Uri BaseAddress { get; }

    /// <summary>Resident memory now, as the operating system sees it (not just the managed heap).</summary>
    public double WorkingSetMegabytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64 / (1024.0 * 1024.0);
        }
    }

    /// <param name="settings">Extra environment variables for this run (such as a raised limit).</param>
    /// <param name="port">The port to listen on (a node restarted behind the benchmark's nginx keeps its port); a free one if null.</param>
    public static SiteProcess Start(string webDll, string dataPath, IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port ?? FindFreePort()}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { webDll },
            WorkingDirectory = Path.GetDirectoryName(webDll),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Settings inherited from a developer's shell (another database provider, Kestrel
        // endpoints, a Development environment) would change what is being measured.
        foreach (var name in startInfo.Environment.Keys.ToList())
        {
            if (name.StartsWith("LocalOffer__", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("Kestrel__", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["ASPNETCORE_URLS"] = baseAddress.GetLeftPart(UriPartial.Authority);
        startInfo.Environment["LocalOffer__DataPath"] = dataPath;
        startInfo.Environment["LocalOffer__Benchmark__ControlEndpoint"] = "true";
        // The benchmark is one client measuring how much search the site serves, not its per-client limit.
        startInfo.Environment["Site__SearchAndApiRequestsPerMinutePerClient"] = "100000";
        // Its board clients sign in with a password alone, as the test hosts do.
        startInfo.Environment["LocalOffer__TwoFactor__RequiredByDefaultFor"] = "";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var startedAt = Stopwatch.GetTimestamp();
        process.Start();
        return new SiteProcess(process, startedAt, baseAddress);
    }

    /// <summary>
    /// Polls <c>/</c> until it answers 200 and returns the time since the process was started,
    /// which covers the runtime starting, migrations, the seed check, loading the published cache
    /// and rendering the first page.
    /// </summary>
    /// <exception cref="BenchmarkFailedException">The site exited or did not become ready in time.</exception>
    public async Task<TimeSpan> WaitUntilServingAsync(HttpClient probe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var home = new Uri(BaseAddress, "/");
        while (true)
        {
            if (process.HasExited)
            {
                await outputPumps;
                throw new BenchmarkFailedException($"The site exited with code {process.ExitCode} before / answered 200.", RecentOutput());
            }

            try
            {
                using var response = await probe.GetAsync(home, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(startedAt);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: Kestrel only binds once the content cache has loaded.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One probe timed out; the deadline below decides whether to give up.
            }

            if (Stopwatch.GetElapsedTime(startedAt) > timeout)
            {
                throw new BenchmarkFailedException($"The site did not answer 200 on / within {timeout.TotalSeconds:0} s.", RecentOutput());
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
    }

    /// <summary>Stops the site the way a service manager would, killing it only if it will not stop.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }

        if (TerminationSignal.TrySend(process))
        {
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await outputPumps;
                return;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"The site did not stop within {grace.TotalSeconds:0} s of SIGTERM; killing it.");
            }
        }

        Kill();
        await process.WaitForExitAsync();
        await outputPumps;
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to flush or finish anything (the crash run).</summary>
    public async Task KillAsync()
    {
        Kill();
        await process.WaitForExitAsync();
        await outputPumps;
    }

    /// <summary>The last lines the site wrote, standard error after standard output.</summary>
    public IReadOnlyList<string> RecentOutput() =>
        [.. standardOutput.LastLines(OutputLinesOnFailure), .. standardError.LastLines(OutputLinesOnFailure)];

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;

        Kill();
        await process.WaitForExitAsync();
        await outputPumps;
        process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    public static int FindFreePort()
    {
        // The port is free when this returns; nothing else on a benchmark machine should race for it.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
