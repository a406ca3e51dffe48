using System.Globalization;

namespace BcpLocalOffer.Benchmarks;

/// <summary>How the content page was served before the load, which explains most surprises in its numbers.</summary>
internal sealed record ContentPageResponse(int Bytes, string? ContentEncoding, bool ServedFromOutputCache);

internal sealed record BenchmarkResults(
    BenchmarkOptions Options,
    LoadResult Control,
    LoadResult Content,
    ContentPageResponse ContentPage,
    TimeSpan ColdStart,
    TimeSpan FirstStart,
    double WorkingSetMegabytes,
    double? LoadAverageBeforeRun);

/// <summary>The printed table, and the targets it is judged against.</summary>
internal static class BenchmarkReport
{
    // The content page should cost no more than twice the cheapest response the same pipeline
    // can give; the other targets are the service's budgets for latency, start-up and memory.
    public const double MinimumContentToControlRatio = 0.50;
    public const double MaximumContentP99Milliseconds = 10;
    public const double MaximumColdStartMilliseconds = 3000;
    public const double MaximumWorkingSetMegabytes = 250;

    private const int LabelWidth = 25;

    public static void Write(TextWriter output, BenchmarkResults results)
    {
        var options = results.Options;
        var ratio = results.Content.RequestsPerSecond / results.Control.RequestsPerSecond;
        var coldStartMs = results.ColdStart.TotalMilliseconds;

        output.WriteLine();
        output.WriteLine(Invariant($"BCP Local Offer benchmark (Release, {options.Seconds} s at {options.Connections} connections, {Environment.ProcessorCount} cores)"));
        output.WriteLine(Invariant($"{"",-LabelWidth}{"req/s",8}{"p50 ms",11}{"p95 ms",9}{"p99 ms",9}{"errors",9}"));
        WriteLoadRow(output, "control (same bytes)", results.Control);
        WriteLoadRow(output, "content page", results.Content);
        WriteTargetRow(output, "content page / control", Invariant($"{ratio * 100:0} %"), Invariant($"(target >= {MinimumContentToControlRatio * 100:0} %)"), ratio >= MinimumContentToControlRatio);
        WriteTargetRow(output, "content page p99", Invariant($"{results.Content.Latency.P99Milliseconds:0.00} ms"), Invariant($"(target <= {MaximumContentP99Milliseconds:0} ms)"), results.Content.Latency.P99Milliseconds <= MaximumContentP99Milliseconds);
        WriteTargetRow(output, "cold start (seeded db)", Invariant($"{coldStartMs:0} ms"), Invariant($"(target <= {MaximumColdStartMilliseconds:0} ms)"), coldStartMs <= MaximumColdStartMilliseconds);
        WriteTargetRow(output, "first start (empty db)", Invariant($"{results.FirstStart.TotalMilliseconds:0} ms"), "(information)", verdict: null);
        WriteTargetRow(output, "working set after load", Invariant($"{results.WorkingSetMegabytes:0} MB"), Invariant($"(target <= {MaximumWorkingSetMegabytes:0} MB)"), results.WorkingSetMegabytes <= MaximumWorkingSetMegabytes);

        output.WriteLine();
        var page = results.ContentPage;
        var encoding = page.ContentEncoding is null ? "not compressed" : $"Content-Encoding: {page.ContentEncoding} although none was asked for";
        var caching = page.ServedFromOutputCache ? "served from the output cache" : "NOT served from the output cache (no Age header on a repeat request)";
        output.WriteLine(Invariant($"{"content page response",-LabelWidth}{page.Bytes:N0} bytes, {encoding}, {caching}"));
        if (results.LoadAverageBeforeRun is { } load)
        {
            var verdict = load > Environment.ProcessorCount
                ? "other work was competing for the cores: expect noisy numbers"
                : "quiet enough";
            output.WriteLine(Invariant($"{"load average before run",-LabelWidth}{load:0.00} (1 min), {verdict}"));
        }

        if (results.Control.Latency.P99Milliseconds > MaximumContentP99Milliseconds)
        {
            output.WriteLine(Invariant(
                $"{"note",-LabelWidth}the control's own p99 is over {MaximumContentP99Milliseconds:0} ms, so the machine and pipeline, not the page, set that floor"));
        }

        WriteFirstError(output, "control", results.Control);
        WriteFirstError(output, "content page", results.Content);
    }

    private static void WriteLoadRow(TextWriter output, string label, LoadResult result)
    {
        var latency = result.Latency;
        output.WriteLine(Invariant(
            $"{label,-LabelWidth}{result.RequestsPerSecond,8:0}{latency.P50Milliseconds,11:0.00}{latency.P95Milliseconds,9:0.00}{latency.P99Milliseconds,9:0.00}{result.Errors,9}"));
    }

    private static void WriteTargetRow(TextWriter output, string label, string value, string target, bool? verdict) =>
        output.WriteLine($"{label,-LabelWidth}{value,-12}{target,-22}{verdict switch { true => "PASS", false => "MISS", null => "" }}".TrimEnd());

    private static void WriteFirstError(TextWriter output, string label, LoadResult result)
    {
        if (result.FirstError is not null)
        {
            output.WriteLine($"{label} errors, first: {result.FirstError}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
