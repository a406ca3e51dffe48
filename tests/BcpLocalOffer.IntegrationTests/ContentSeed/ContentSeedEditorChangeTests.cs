using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.ContentSeed;

/// <summary>Changes the database, so it has a site of its own.</summary>
public sealed class ContentSeedEditorChangeTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>, IDisposable
{
    private readonly string seedCopy = ContentSeedImportTests.CopyShippedSeed();

    [Fact]
    public async Task A_changed_seed_file_becomes_a_new_version_but_never_overwrites_an_editors_change()
    {
        var travel = Path.Combine(seedCopy, "pages", "education", "travel-to-school.md");
        var glossary = Path.Combine(seedCopy, "pages", "help-and-advice", "glossary", "index.md");
        File.AppendAllText(travel, "\nA new paragraph from the seed.\n");
        File.AppendAllText(glossary, "\nA new sentence from the seed.\n");
        var glossaryKey = SeedKeys.ForTreePath("help-and-advice/glossary");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var editorVersion = await EditorChanges.PublishAsync(db, glossaryKey, v => v.Body = "Editor's own glossary.");

        var result = await scope.ServiceProvider.GetRequiredService<ContentSeedImporter>().ImportAsync(seedCopy);

        Assert.Equal(1, result.Updated);
        Assert.True(result.KeptEditorChanges >= 1);
        var travelNode = await db.ContentNodes.AsNoTracking().SingleAsync(n => n.Key == SeedKeys.ForTreePath("education/travel-to-school"));
        var travelPublished = await db.ContentVersions.SingleAsync(v => v.Id == travelNode.PublishedVersionId);
        Assert.Equal(2, travelPublished.Number);
        Assert.EndsWith("A new paragraph from the seed.", travelPublished.Body);
        var glossaryPublished = await db.ContentNodes.AsNoTracking().Where(n => n.Key == glossaryKey).Select(n => n.PublishedVersionId).SingleAsync();
        Assert.Equal(editorVersion.Id, glossaryPublished);
        Assert.Equal("Editor's own glossary.", (await db.ContentVersions.OrderByDescending(v => v.Number).FirstAsync(v => v.NodeKey == glossaryKey)).Body);
    }

    [Fact]
    public async Task A_seed_page_that_became_a_new_kind_of_page_changes_kind_while_the_seed_owns_it()
    {
        // As a database seeded before the glossary had a page per term: the glossary was an ordinary page.
        var glossaryKey = SeedKeys.ForTreePath("help-and-advice/glossary");
        var journeyKey = SeedKeys.ForTreePath("step-by-step/the-annual-review");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        foreach (var key in new[] { glossaryKey, journeyKey })
        {
            var node = await db.ContentNodes.SingleAsync(n => n.Key == key);
            node.DocumentTypeAlias = "contentPage";
            var latest = await db.ContentVersions.OrderByDescending(v => v.Number).FirstAsync(v => v.NodeKey == key);
            latest.SeedHash = "an older seed file";
        }

        await db.SaveChangesAsync();
        await EditorChanges.PublishAsync(db, journeyKey, v => v.Body = "An editor's own words.");

        await scope.ServiceProvider.GetRequiredService<ContentSeedImporter>().ImportAsync(seedCopy);

        var kinds = await db.ContentNodes.AsNoTracking().Where(n => n.Key == glossaryKey || n.Key == journeyKey)
            .ToDictionaryAsync(n => n.Key, n => n.DocumentTypeAlias);
        Assert.Equal("glossary", kinds[glossaryKey]);
        Assert.Equal("contentPage", kinds[journeyKey]);
    }

    public void Dispose() => Directory.Delete(seedCopy, recursive: true);
}
