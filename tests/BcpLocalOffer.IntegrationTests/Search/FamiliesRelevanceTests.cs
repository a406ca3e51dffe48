using BcpLocalOffer.Core.Search;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// The 160 searches of <see cref="FamiliesRelevanceSet"/>, through the site's search API, against a
/// plain Lucene index of the same documents built in the same run: families find the page a SEND
/// adviser would send them to in the top three at least 97 times in 100, and the mean reciprocal
/// rank is at least 0.25 above the plain index's.
/// </summary>
[Collection(SearchCollection.Name)]
public class FamiliesRelevanceTests(LocalOfferFactory factory, ITestOutputHelper output) : IClassFixture<LocalOfferFactory>
{
    private const double RequiredTopThreeRate = 0.97;
    private const double RequiredLeadInMeanReciprocalRank = 0.25;

    [Fact]
    public async Task Families_own_words_find_the_right_page_in_the_top_three_far_more_often_than_a_plain_index()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        var documents = factory.Services.GetServices<ISearchDocumentSource>().SelectMany(source => source.GetDocuments()).ToList();
        using var plain = new PlainLuceneIndex(documents);

        var ours = await RelevanceScore.MeasureAsync(FamiliesRelevanceSet.Cases,
            async query => [.. (await SearchApi.GetAsync(client, query)).Results.Select(r => r.Url)]);
        var baseline = await RelevanceScore.MeasureAsync(FamiliesRelevanceSet.Cases, query => Task.FromResult(plain.Search(query)));

        var report = string.Join(Environment.NewLine, [
            $"{FamiliesRelevanceSet.Cases.Count} searches over {documents.Count} documents",
            ours.Describe("Local Offer search"),
            baseline.Describe("Plain Lucene (StandardAnalyzer)"),
            .. ours.Misses.Select(miss => "  miss: " + miss)]);
        output.WriteLine(report);

        Assert.True(FamiliesRelevanceSet.Cases.Count >= 150, report);
        Assert.True(ours.TopThreeRate >= RequiredTopThreeRate, report);
        Assert.True(ours.MeanReciprocalRank - baseline.MeanReciprocalRank >= RequiredLeadInMeanReciprocalRank, report);
    }
}
