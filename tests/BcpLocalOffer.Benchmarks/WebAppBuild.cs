namespace BcpLocalOffer.Benchmarks;

/// <summary>Finds the web app's Release build, which the project reference builds before the benchmark runs.</summary>
internal static class WebAppBuild
{
    private const string SolutionFile = "BcpLocalOffer.sln";
    private static readonly string[] ReleaseDllPath = ["src", "BcpLocalOffer.Web", "bin", "Release", "net10.0", "BcpLocalOffer.Web.dll"];

#if DEBUG
    private static readonly bool BenchmarkIsReleaseBuild = false;
#else
    private static readonly bool BenchmarkIsReleaseBuild = true;
#endif

    /// <exception cref="BenchmarkFailedException">The benchmark is a Debug build, or the Release dll is missing.</exception>
    public static string LocateReleaseDll()
    {
        EnsureReleaseBuild();
        var dll = Path.Combine([RepositoryRoot(), .. ReleaseDllPath]);
        if (!File.Exists(dll))
        {
            throw new BenchmarkFailedException(
                $"The web app's Release build is missing: {dll}\n" +
                "Build it with: dotnet build -c Release src/BcpLocalOffer.Web");
        }

        return dll;
    }

    /// <exception cref="BenchmarkFailedException">The benchmark is a Debug build.</exception>
    public static void EnsureReleaseBuild()
    {
        // A Debug run builds the web app in Debug and would silently measure whatever Release
        // build happened to be lying around, which may be stale; in-process, it would measure
        // unoptimised code.
        if (!BenchmarkIsReleaseBuild)
        {
            throw new BenchmarkFailedException(
                "The benchmark was built in Debug. Run it with -c Release so the site is built in Release first:\n" +
                "  dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks");
        }
    }

    /// <exception cref="BenchmarkFailedException">No folder above the benchmark holds the solution file.</exception>
    public static string RepositoryRoot() =>
        FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new BenchmarkFailedException($"Could not find {SolutionFile} in any folder above {AppContext.BaseDirectory}.");

    private static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
