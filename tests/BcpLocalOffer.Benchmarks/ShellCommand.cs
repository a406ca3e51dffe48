using System.Diagnostics;

namespace BcpLocalOffer.Benchmarks;

/// <summary>A command the benchmark runs to set itself up (apt-get, initdb, dotnet publish), failing with its output.</summary>
internal static class ShellCommand
{
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
