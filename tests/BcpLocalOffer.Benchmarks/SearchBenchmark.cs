using System.Diagnostics;
using System.Globalization;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// The --search mode: the real Lucene index, vocabulary and search service in this process (no web
/// server, so only search is measured), over generated corpora of two sizes.
/// </summary>
internal static class SearchBenchmark
{
    public const double MinimumDocumentsPerSecond = 2_000;
    public const double MaximumQueryP95Milliseconds = 10;
    public const double MaximumSuggestP95Milliseconds = 5;

    // The query target is set for the larger size; the smaller one shows how cost grows with size.
    private static readonly int[] Sizes = [10_000, 50_000];

    // A handful of concurrent searches is a busy hour for a council site on a two-core node.
    private const int Clients = 8;

    // Large enough to get Lucene's analysis and indexing code to optimised JIT tiers, so the two
    // measured sizes compare like with like; the cold rate is printed for information.
    private const int WarmUpDocuments = 2_000;

    private const int LabelWidth = 24;

    private static readonly (string Category, string Text, string? Type, string? Phase, int Page)[] Queries =
    [
        ("one word", "autism", null, null, 1),
        ("one word", "transport", null, null, 1),
        ("one word", "tribunal", null, null, 1),
        ("one word", "dyslexia", null, null, 1),
        ("one word", "wheelchair", null, null, 1),
        ("one word", "respite", null, null, 1),
        ("one word", "Poole", null, null, 1),
        ("one word", "nursery", null, null, 1),
        ("one word", "support", null, null, 3),
        ("multi-word", "short breaks for disabled children", null, null, 1),
        ("multi-word", "how do I ask for an EHC needs assessment", null, null, 1),
        ("multi-word", "speech and language therapy", null, null, 1),
        ("multi-word", "home to school transport", null, null, 1),
        ("multi-word", "personal budgets and direct payments", null, null, 1),
        ("multi-word", "holiday activities in Poole", null, null, 1),
        ("multi-word", "what happens at an annual review", null, null, 1),
        ("multi-word", "short breaks", "service", null, 1),
        ("multi-word", "mental health support", null, "post-16", 1),
        ("misspelled", "austism", null, null, 1),
        ("misspelled", "dyslexsia", null, null, 1),
        ("misspelled", "tribunel", null, null, 1),
        ("misspelled", "asessment", null, null, 1),
        ("misspelled", "transprot", null, null, 1),
        ("misspelled", "occupatinal therapy", null, null, 1),
        ("misspelled", "speach therapy", null, null, 1),
        ("misspelled", "wheelchiar services", null, null, 1),
        ("acronym", "EHCP", null, null, 1),
        ("acronym", "SENCo", null, null, 1),
        ("acronym", "CAMHS", null, null, 1),
        ("acronym", "SALT", null, null, 1),
        ("acronym", "ADHD", null, null, 1),
        ("acronym", "PfA", null, null, 1),
        ("acronym", "SEMH", null, null, 1),
        ("acronym", "OT", null, null, 1),
    ];

    // What people type a key at a time: short prefixes match the most titles and cost the most.
    private static readonly string[] Prefixes =
    [
        "sh", "sho", "shor", "short b", "ehc", "ehcp", "spe", "speech", "aut", "autism s", "tran", "sen", "resp", "occ",
        "sa", "dys", "po", "ca", "wh", "hol", "ma", "ki", "ash", "brook", "how to", "who can", "pay", "pre",
    ];

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        WebAppBuild.EnsureReleaseBuild();
        var synonymsPath = Path.Combine(WebAppBuild.RepositoryRoot(), "content-seed", "search", "synonyms.txt");
        if (!File.Exists(synonymsPath))
        {
            throw new BenchmarkFailedException($"The synonyms file is missing: {synonymsPath}");
        }

        using var scratch = ScratchFolder.Create("bcp-localoffer-search-benchmark-");
        Console.WriteLine($"Index folders: {scratch.Path}");
        Console.WriteLine($"Synonyms: {synonymsPath}");
        var loadAverageBeforeRun = MachineLoad.OneMinuteAverage();
        var coldRate = await ColdRebuildRateAsync(Path.Combine(scratch.Path, "warm-up"), synonymsPath, cancellationToken);
        var results = new List<SizeResult>();
        foreach (var size in options.Documents ?? Sizes)
        {
            results.Add(await MeasureAsync(size, Path.Combine(scratch.Path, size.ToString(CultureInfo.InvariantCulture)), synonymsPath, options, cancellationToken));
        }

        Write(Console.Out, options, results, coldRate, loadAverageBeforeRun);
        return 0;
    }

    /// <summary>A small rebuild in a fresh process, as the site's first one at start-up is.</summary>
    private static async Task<double> ColdRebuildRateAsync(string folder, string synonymsPath, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"Warming up with a rebuild of {WarmUpDocuments:N0} documents..."));
        var corpus = SearchCorpus.Generate(WarmUpDocuments);
        using var index = new LuceneSearchIndex(folder, () => File.ReadAllText(synonymsPath), NullLogger<LuceneSearchIndex>.Instance);
        _ = new SearchVocabulary(index, NullLogger<SearchVocabulary>.Instance);
        var started = Stopwatch.GetTimestamp();
        await index.RebuildAsync([corpus], cancellationToken);
        return WarmUpDocuments / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<SizeResult> MeasureAsync(int size, string folder, string synonymsPath, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"Generating {size:N0} documents..."));
        var corpus = SearchCorpus.Generate(size);

        using var index = new LuceneSearchIndex(folder, () => File.ReadAllText(synonymsPath), NullLogger<LuceneSearchIndex>.Instance);
        // Built before the index, as in the site: it refreshes its suggestions on every swap, and
        // that refresh is part of what a rebuild costs before search is ready.
        var vocabulary = new SearchVocabulary(index, NullLogger<SearchVocabulary>.Instance);
        var search = new LuceneSearchService(index, vocabulary, [corpus], new DiscardedQueries());

        Console.WriteLine("Rebuilding the index...");
        // Garbage from generating the corpus should not be collected on the rebuild's time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var rebuildStarted = Stopwatch.GetTimestamp();
        var indexed = await index.RebuildAsync([corpus], cancellationToken);
        var rebuild = Stopwatch.GetElapsedTime(rebuildStarted);
        if (indexed != size || !search.IsReady)
        {
            throw new BenchmarkFailedException(Invariant($"The rebuild indexed {indexed:N0} of {size:N0} documents."));
        }

        // Measured again on its own: it ran inside the rebuild, this says how much of it was this.
        var refreshStarted = Stopwatch.GetTimestamp();
        vocabulary.Refresh();
        var vocabularyRefresh = Stopwatch.GetElapsedTime(refreshStarted);

        var queries = Queries.Select(q => new SearchCall(q.Category, q.Text, () => search.SearchAsync(new SearchRequest(q.Text, q.Type, q.Phase, q.Page), cancellationToken))).ToList();
        var suggestions = Prefixes.Select(p => new SearchCall("suggest", p, () => { search.Suggest(p); return Task.CompletedTask; })).ToList();
        CheckAnswers(search, size);

        Console.WriteLine($"Warming up ({options.WarmupSeconds} s)...");
        SearchLoad.Run([.. queries, .. suggestions], Clients, options.Warmup, cancellationToken);
        Console.WriteLine($"Measuring queries ({options.Seconds} s at {Clients} clients)...");
        var queryResult = SearchLoad.Run(queries, Clients, options.Duration, cancellationToken);
        // With more clients than cores, part of every latency is waiting for a core; one client
        // alone shows what a query itself costs.
        Console.WriteLine($"Measuring queries ({options.Seconds} s at 1 client)...");
        var singleClient = SearchLoad.Run(queries, 1, options.Duration, cancellationToken);
        Console.WriteLine($"Measuring suggestions ({options.Seconds} s at {Clients} clients)...");
        var suggestResult = SearchLoad.Run(suggestions, Clients, options.Duration, cancellationToken);

        return new SizeResult(size, corpus.TextCharacters, rebuild, vocabularyRefresh, FolderMegabytes(folder), queryResult, singleClient, suggestResult);
    }

    /// <summary>Numbers from a search that finds nothing would flatter it: every kind of query must find something.</summary>
    private static void CheckAnswers(LuceneSearchService search, int size)
    {
        foreach (var (category, text, type, phase, page) in Queries)
        {
            var results = search.SearchAsync(new SearchRequest(text, type, phase, page)).GetAwaiter().GetResult();
            if (results.Total == 0)
            {
                throw new BenchmarkFailedException(Invariant($"The {category} query '{text}' found nothing in {size:N0} documents; the corpus or the query list is wrong."));
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (search.Suggest(prefix).Count == 0)
            {
                throw new BenchmarkFailedException(Invariant($"No suggestions for '{prefix}' in {size:N0} documents; the corpus or the prefix list is wrong."));
            }
        }
    }

    private static double FolderMegabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / (1024.0 * 1024.0);

    private static void Write(TextWriter output, BenchmarkOptions options, IReadOnlyList<SizeResult> results, double coldRate, double? loadAverageBeforeRun)
    {
        var gc = System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";
        output.WriteLine();
        output.WriteLine(Invariant($"BCP Local Offer search benchmark (Release, in-process, {Clients} clients, {options.Seconds} s per measurement, {Environment.ProcessorCount} cores, {gc})"));
        output.WriteLine(Invariant($"{"",-LabelWidth}{"p50 ms",8}{"p95 ms",8}{"p99 ms",8}{"calls/s",10}{"errors",8}"));
        foreach (var result in results)
        {
            output.WriteLine();
            var size = Invariant($"{result.Size:N0} documents");
            output.WriteLine(Invariant($"{size} ({result.TextCharacters / 1_000_000.0:0} million characters of text, index {result.IndexMegabytes:0} MB on disk)"));
            var docsPerSecond = result.Size / result.Rebuild.TotalSeconds;
            WriteTargetRow(output, "rebuild", Invariant($"{result.Rebuild.TotalSeconds:0.00} s = {docsPerSecond:N0} docs/s"), Invariant($"(target >= {MinimumDocumentsPerSecond:N0} docs/s)"), docsPerSecond >= MinimumDocumentsPerSecond);
            WriteTargetRow(output, "  of which suggestions", Invariant($"{result.VocabularyRefresh.TotalMilliseconds:N0} ms (vocabulary refresh after the swap)"), "", verdict: null);
            WriteLoadRow(output, Invariant($"query ({Clients} clients)"), result.Query.Latency, result.Query.CallsPerSecond, result.Query.Errors);
            foreach (var (category, latency) in result.Query.ByCategory)
            {
                WriteLoadRow(output, "  " + category, latency, calls: null, errors: null);
            }

            WriteLoadRow(output, "query (1 client)", result.QueryOneClient.Latency, result.QueryOneClient.CallsPerSecond, result.QueryOneClient.Errors);
            WriteLoadRow(output, Invariant($"suggest ({Clients} clients)"), result.Suggest.Latency, result.Suggest.CallsPerSecond, result.Suggest.Errors);
            WriteTargetRow(output, "query p95", Invariant($"{result.Query.Latency.P95Milliseconds:0.00} ms"), Invariant($"(target <= {MaximumQueryP95Milliseconds:0} ms)"), result.Query.Latency.P95Milliseconds <= MaximumQueryP95Milliseconds);
            WriteTargetRow(output, "suggest p95", Invariant($"{result.Suggest.Latency.P95Milliseconds:0.00} ms"), Invariant($"(target <= {MaximumSuggestP95Milliseconds:0} ms)"), result.Suggest.Latency.P95Milliseconds <= MaximumSuggestP95Milliseconds);
            WriteFirstError(output, "query", result.Query);
            WriteFirstError(output, "suggest", result.Suggest);
        }

        output.WriteLine();
        output.WriteLine(Invariant($"{"cold rebuild",-LabelWidth}{coldRate:N0} docs/s ({WarmUpDocuments:N0} documents, first in the process: unoptimised JIT code, as at site start-up)"));
        output.WriteLine(Invariant($"{"working set at the end",-LabelWidth}{Environment.WorkingSet / (1024.0 * 1024.0):0} MB"));
        if (loadAverageBeforeRun is { } load)
        {
            var verdict = load > Environment.ProcessorCount ? "other work was competing for the cores: expect noisy numbers" : "quiet enough";
            output.WriteLine(Invariant($"{"load average before run",-LabelWidth}{load:0.00} (1 min), {verdict}"));
        }
    }

    private static void WriteLoadRow(TextWriter output, string label, LatencySummary latency, double? calls, int? errors) =>
        output.WriteLine(Invariant(
            $"{label,-LabelWidth}{latency.P50Milliseconds,8:0.00}{latency.P95Milliseconds,8:0.00}{latency.P99Milliseconds,8:0.00}{(calls is { } c ? c.ToString("N0", CultureInfo.InvariantCulture) : ""),10}{(errors?.ToString(CultureInfo.InvariantCulture) ?? ""),8}").TrimEnd());

    private static void WriteTargetRow(TextWriter output, string label, string value, string target, bool? verdict) =>
        output.WriteLine($"{label,-LabelWidth}{value,-26}{target,-26}{verdict switch { true => "PASS", false => "MISS", null => "" }}".TrimEnd());

    private static void WriteFirstError(TextWriter output, string label, SearchLoadResult result)
    {
        if (result.FirstError is not null)
        {
            output.WriteLine($"{label} errors, first: {result.FirstError}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record SizeResult(
        int Size,
        long TextCharacters,
        TimeSpan Rebuild,
        TimeSpan VocabularyRefresh,
        double IndexMegabytes,
        SearchLoadResult Query,
        SearchLoadResult QueryOneClient,
        SearchLoadResult Suggest);

    /// <summary>The site keeps searches that found little; here they would only be a queue growing in memory.</summary>
    private sealed class DiscardedQueries : ISearchQueryRecorder
    {
        public void Record(string query, int resultCount)
        {
        }
    }
}
