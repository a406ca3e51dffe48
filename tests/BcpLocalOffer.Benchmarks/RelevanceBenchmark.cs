using System.Diagnostics;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// How often families find the page a SEND adviser would send them to: the relevance set through
/// the site's own search and through a plain Lucene index (StandardAnalyzer) of the very same
/// documents, in one run. The site is hosted in this process on a scratch data folder and seeded
/// as a first install is, so the documents are the published seed.
/// </summary>
internal static class RelevanceBenchmark
{
    private const double TopThreeTarget = 0.97;
    private const double LeadTarget = 0.25;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var scratch = ScratchFolder.Create("localoffer-relevance-");
        await using var site = new SeededSite(scratch.Path);
        using var client = site.CreateClient();
        var search = site.Services.GetRequiredService<ISearchService>();
        var waited = Stopwatch.StartNew();
        while (!search.IsReady)
        {
            if (waited.Elapsed > ReadyTimeout)
            {
                throw new BenchmarkFailedException($"The search index was not ready within {ReadyTimeout.TotalSeconds} s.", []);
            }

            await Task.Delay(100, cancellationToken);
        }

        var documents = site.Services.GetServices<ISearchDocumentSource>().SelectMany(source => source.GetDocuments()).ToList();
        using var plain = new PlainLuceneIndex(documents);
        var cases = FamiliesRelevanceSet.Cases;

        var ours = await RelevanceScore.MeasureAsync(cases,
            async query => [.. (await search.SearchAsync(new SearchRequest(query), cancellationToken)).Hits.Select(hit => hit.Url)]);
        var baseline = await RelevanceScore.MeasureAsync(cases, query => Task.FromResult(plain.Search(query)));

        Console.WriteLine($"Relevance: {cases.Count} family searches ({string.Join(", ", cases.GroupBy(c => c.Capability).Select(g => $"{g.Key} {g.Count()}"))})");
        Console.WriteLine($"over the same {documents.Count} documents ({string.Join(", ", documents.GroupBy(d => d.Type).Select(g => $"{g.Key} {g.Count()}"))})");
        Console.WriteLine();
        Console.WriteLine(ours.Describe("Local Offer search"));
        Console.WriteLine(baseline.Describe("Plain Lucene (StandardAnalyzer)"));
        Console.WriteLine();
        var lead = ours.MeanReciprocalRank - baseline.MeanReciprocalRank;
        Console.WriteLine($"Target top 3 >= {TopThreeTarget:P0}: {ours.TopThreeRate:P1} {(ours.TopThreeRate >= TopThreeTarget ? "met" : "NOT MET")}");
        Console.WriteLine($"Target MRR at least {LeadTarget:0.00} above the plain index: {lead:+0.000;-0.000} {(lead >= LeadTarget ? "met" : "NOT MET")}");
        if (ours.Misses.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Not in the top 3 with our search:");
            foreach (var miss in ours.Misses)
            {
                Console.WriteLine("  " + miss);
            }
        }

        return 0;
    }

    /// <summary>
    /// The site as a first install runs it: Production, the content seed imported, its own data
    /// folder. Named by a type of the site's assembly: "Program" here is the benchmark's own.
    /// </summary>
    private sealed class SeededSite(string dataPath) : WebApplicationFactory<Web.Search.SearchSettingsModel>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(Path.Combine(WebAppBuild.RepositoryRoot(), "src", "BcpLocalOffer.Web"));
            builder.UseEnvironment("Production");
            builder.UseSetting("LocalOffer:DataPath", dataPath);
            builder.UseSetting("LocalOffer:NodeId", "relevance-benchmark");
            builder.UseSetting("LocalOffer:TwoFactor:RequiredByDefaultFor", "");
        }
    }
}
