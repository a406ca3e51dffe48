using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Content;

[Collection(IsolatedCollection.Name)]
public class PublishedCacheTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Fact]
    public async Task Page_views_are_served_from_memory_without_touching_the_database()
    {
        var client = factory.CreateClient();
        string[] pages = ["/", "/short-breaks", "/education/ehc-needs-assessments-and-plans/annual-reviews", "/graduated-response/post-16/cognition-and-learning", "/sitemap.xml", "/no-such-page"];
        await client.GetAsync("/"); // the host has started and seeded

        // What the start's own seed import put in the change feed is applied in the background (and
        // the search index follows the snapshots it replaces); let that settle, so only page views count.
        await factory.Services.GetRequiredService<ChangeFeedFollower>().CatchUpAsync();
        for (int i = 0, last = -1; i < 40 && factory.DatabaseCommands.Count != last; i++)
        {
            last = factory.DatabaseCommands.Count;
            await Task.Delay(500);
        }

        var before = factory.DatabaseCommands.Count;

        foreach (var page in pages)
        {
            (await client.GetAsync(page)).Dispose();
        }

        Assert.Equal(before, factory.DatabaseCommands.Count);
    }

    [Fact]
    public async Task A_newly_published_version_replaces_the_old_one_on_the_public_site()
    {
        var client = factory.CreateClient();
        const string path = "/short-breaks/what-short-breaks-are";
        Assert.DoesNotContain("Updated for the summer holidays", await client.GetStringAsync(path));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var node = await db.ContentNodes.SingleAsync(n => n.UrlSegment == "what-short-breaks-are");
            await EditorChanges.PublishAsync(db, node.Key, v => v.Summary = "Updated for the summer holidays");
            await scope.ServiceProvider.GetRequiredService<PublishedCacheLoader>().RefreshAsync();
        }

        Assert.Contains("Updated for the summer holidays", await client.GetStringAsync(path));
    }
}
