using System.Diagnostics;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>What an editor publishes or takes down is found, or no longer found, within a second.</summary>
[Collection(SearchCollection.Name)]
public class SearchFreshnessTests(LocalOfferFactory factory, ITestOutputHelper output) : IClassFixture<LocalOfferFactory>
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_word_in_a_newly_published_version_is_found_within_a_second()
    {
        await factory.WaitForSearchAsync();
        const string path = "/short-breaks/what-short-breaks-are";
        const string newWord = "quokkafest";
        Assert.Equal(0, (await SearchApi.GetAsync(client, newWord)).Total);

        var sincePublished = await ChangeAndRefreshAsync("what-short-breaks-are", async (db, node) =>
            await EditorChanges.PublishAsync(db, node.Key, version => version.Body += $"\n\nNew this year: the {newWord} family day at the beach.\n"));

        var found = await Eventually.TrueWithinAsync(Freshness, async () =>
            (await SearchApi.GetAsync(client, newWord)).Results.Any(r => r.Url == path));
        output.WriteLine($"found {(found ? "after" : "not within")} {sincePublished.ElapsedMilliseconds} ms");

        Assert.True(found, $"'{newWord}' was not found on {path} within {Freshness.TotalSeconds} s of publishing");
        Assert.Contains(newWord, (await SearchApi.GetAsync(client, newWord)).Results.Single(r => r.Url == path).Snippet);
    }

    [Fact]
    public async Task An_unpublished_page_is_no_longer_found_or_suggested_within_a_second()
    {
        var search = await factory.WaitForSearchAsync();
        const string path = "/preparing-for-adulthood/supported-internships";
        Assert.Contains(path, (await SearchApi.GetAsync(client, "supported internships")).Results.Select(r => r.Url));
        Assert.Contains(search.Suggest("supported int"), s => s.Url == path);

        var sinceUnpublished = await ChangeAndRefreshAsync("supported-internships", async (db, node) =>
        {
            node.PublishedVersionId = null;
            await db.SaveChangesAsync();
        });

        var gone = await Eventually.TrueWithinAsync(Freshness, async () =>
            (await SearchApi.GetAsync(client, "supported internships")).Results.All(r => r.Url != path)
            && search.Suggest("supported int").All(s => s.Url != path));
        output.WriteLine($"gone {(gone ? "after" : "not within")} {sinceUnpublished.ElapsedMilliseconds} ms");

        Assert.True(gone, $"{path} was still found or suggested {Freshness.TotalSeconds} s after it was unpublished");
    }

    /// <summary>Makes an editor's change, refreshes the published cache as publishing does, and starts the clock.</summary>
    private async Task<Stopwatch> ChangeAndRefreshAsync(string urlSegment, Func<LocalOfferDbContext, BcpLocalOffer.Core.Content.ContentNode, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var node = await db.ContentNodes.SingleAsync(n => n.UrlSegment == urlSegment);
        await change(db, node);
        await scope.ServiceProvider.GetRequiredService<PublishedCacheLoader>().RefreshAsync();
        return Stopwatch.StartNew();
    }
}
