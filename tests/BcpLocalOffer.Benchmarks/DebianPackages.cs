using System.Diagnostics;

namespace BcpLocalOffer.Benchmarks;

/// <summary>Installs a Debian package the benchmark needs (PostgreSQL, nginx) when it is missing, as <c>.ci/run</c> does.</summary>
internal static class DebianPackages
{
    /// <exception cref="BenchmarkFailedException">It is missing and cannot be installed here.</exception>
    public static async Task EnsureAsync(string package, Func<bool> installed, CancellationToken cancellationToken)
    {
        if (installed())
        {
            return;
        }

        if (Environment.UserName != "root")
        {
            throw new BenchmarkFailedException($"The benchmark needs the Debian package {package}: sudo apt-get install {package}");
        }

        Console.WriteLine($"Installing {package} (apt-get)...");
        foreach (var arguments in new[] { "update -qq", $"install -y -qq {package}" })
        {
            await RunAsync("apt-get", arguments, cancellationToken);
        }

        if (!installed())
        {
            throw new BenchmarkFailedException($"apt-get installed {package}, but it is still not where the benchmark looks.");
        }
    }

    /// <exception cref="BenchmarkFailedException">The command failed.</exception>
    public static async Task RunAsync(string file, string arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new BenchmarkFailedException($"Could not run {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BenchmarkFailedException($"{file} {arguments} exited with {process.ExitCode}.", [.. (await output + await error).Split('\n').TakeLast(20)]);
        }
    }
}
