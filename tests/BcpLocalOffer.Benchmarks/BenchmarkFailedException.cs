namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// The benchmark could not produce trustworthy numbers (no build, the site would not start, the
/// control endpoint did not echo the page). Distinct from a missed target, which is only reported.
/// </summary>
internal sealed class BenchmarkFailedException(string message, IReadOnlyList<string>? siteOutput = null) : Exception(message)
{
    /// <summary>The last lines the site wrote, when the failure involved the site.</summary>
    public IReadOnlyList<string> SiteOutput { get; } = siteOutput ?? [];
}
