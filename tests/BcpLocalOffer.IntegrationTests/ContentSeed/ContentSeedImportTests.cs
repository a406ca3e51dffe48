using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.IntegrationTests.ContentSeed;

public sealed class ContentSeedImportTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>, IDisposable
{
    private readonly string seedCopy = CopyShippedSeed();

    [Fact]
    public async Task A_first_start_imports_and_publishes_every_seed_page()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var seedPages = ContentSeedReader.Read(seedCopy);

        var keys = seedPages.Select(p => p.Key).ToList();

        Assert.Equal(seedPages.Count, await db.ContentNodes.CountAsync(n => keys.Contains(n.Key) && n.PublishedVersionId != null));
        Assert.All(await db.ContentVersions.Where(v => keys.Contains(v.NodeKey)).ToListAsync(), v => Assert.Equal(ContentVersion.SeedAuthor, v.CreatedBy));
    }

    [Fact]
    public async Task Importing_the_same_seed_again_changes_nothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentSeedImporter>();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var versionsBefore = await db.ContentVersions.CountAsync();

        var result = await importer.ImportAsync(seedCopy);

        Assert.Equal(0, result.Created);
        Assert.Equal(0, result.Updated);
        Assert.Equal(versionsBefore, await db.ContentVersions.CountAsync());
    }

    [Fact]
    public async Task A_seed_with_mistakes_is_refused_whole_with_every_problem_listed()
    {
        File.WriteAllText(Path.Combine(seedCopy, "pages", "short-breaks", "broken.md"), "---\ntype: contentPage\ntitle: Broken\n---\nNo owner.");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var versionsBefore = await db.ContentVersions.CountAsync();

        var error = await Assert.ThrowsAsync<ContentSeedException>(() => scope.ServiceProvider.GetRequiredService<ContentSeedImporter>().ImportAsync(seedCopy));

        Assert.Contains(error.Problems, p => p.StartsWith("short-breaks/broken: 'summary' is missing", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("short-breaks/broken: 'owner' is missing", StringComparison.Ordinal));
        Assert.Equal(versionsBefore, await db.ContentVersions.CountAsync());
    }

    [Fact]
    public async Task The_seed_command_imports_from_the_configured_seed_and_reports_success()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await SeedCommand.RunAsync(factory.Services));
        }
        finally
        {
            Console.SetOut(original);
        }

        var seedPath = DependencyInjection.ResolveContentSeedPath(factory.Services.GetRequiredService<IOptions<LocalOfferOptions>>().Value, "");
        Assert.Contains($"Content seed from {seedPath}: 0 created", output.ToString());
    }

    public void Dispose() => Directory.Delete(seedCopy, recursive: true);

    internal static string CopyShippedSeed()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "content-seed");
        var target = Path.Combine(Path.GetTempPath(), "localoffer-seed-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
