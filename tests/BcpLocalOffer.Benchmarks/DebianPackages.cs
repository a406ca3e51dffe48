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
            await ShellCommand.RunAsync("apt-get", arguments, cancellationToken);
        }

        if (!installed())
        {
            throw new BenchmarkFailedException($"apt-get installed {package}, but it is still not where the benchmark looks.");
        }
    }
}
