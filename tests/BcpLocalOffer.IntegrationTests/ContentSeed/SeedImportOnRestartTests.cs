using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.ContentSeed;

/// <summary>
/// A restart on the same seed and build skips the seed imports (they would change nothing, and they
/// are most of a cold start); a seed file changed between starts is imported at the next start.
/// </summary>
public sealed class SeedImportOnRestartTests : IDisposable
{
    private readonly string seedCopy = ContentSeedImportTests.CopyShippedSeed();

    [Fact]
    public async Task A_restart_on_the_same_seed_skips_the_imports_and_a_changed_seed_file_is_imported_at_the_next_start()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        var travel = SeedKeys.ForTreePath("education/travel-to-school");

        string fingerprintsBefore;
        await using (var first = Start(data, clock))
        {
            Assert.Equal(3, await RememberedImportsAsync(first));
            Assert.Equal(1, await PublishedNumberAsync(first, travel));
            fingerprintsBefore = await FingerprintsAsync(first);
        }

        // An hour later, same seed, same build: nothing is imported or remembered again (the
        // remembered times would move), and the site still serves the page.
        clock.Advance(TimeSpan.FromHours(1));
        await using (var second = Start(data, clock))
        {
            Assert.Equal(fingerprintsBefore, await FingerprintsAsync(second));
            Assert.Equal(1, await PublishedNumberAsync(second, travel));
            Assert.Contains("Travel to school", await second.CreateClient().GetStringAsync("/education/travel-to-school"));
        }

        File.AppendAllText(Path.Combine(seedCopy, "pages", "education", "travel-to-school.md"), "\nA paragraph added to the seed between starts.\n");
        await using (var third = Start(data, clock))
        {
            Assert.Equal(2, await PublishedNumberAsync(third, travel));
            Assert.Contains("A paragraph added to the seed between starts.", await third.CreateClient().GetStringAsync("/education/travel-to-school"));
            Assert.NotEqual(fingerprintsBefore, await FingerprintsAsync(third));
        }
    }

    private WebApplicationFactory<Program> Start(RestartableSiteFactory.SiteData data, AdjustableClock clock)
    {
        var site = new RestartableSiteFactory(data, clock).WithWebHostBuilder(b => b.UseSetting("LocalOffer:ContentSeedPath", seedCopy));
        _ = site.Server; // started now, as a deployment would be
        return site;
    }

    private static async Task<string> FingerprintsAsync(WebApplicationFactory<Program> site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().SiteSettings.AsNoTracking()
            .Where(s => s.Key.StartsWith("seed.imported."))
            .OrderBy(s => s.Key)
            .Select(s => s.Key + "=" + s.Value + "@" + s.UpdatedAt)
            .ToListAsync();
        return string.Join("\n", rows);
    }

    private static async Task<int> RememberedImportsAsync(WebApplicationFactory<Program> site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().SiteSettings.CountAsync(s => s.Key.StartsWith("seed.imported."));
    }

    private static async Task<int> PublishedNumberAsync(WebApplicationFactory<Program> site, Guid key)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var published = await db.ContentNodes.AsNoTracking().Where(n => n.Key == key).Select(n => n.PublishedVersionId).SingleAsync();
        return await db.ContentVersions.Where(v => v.Id == published).Select(v => v.Number).SingleAsync();
    }

    public void Dispose() => Directory.Delete(seedCopy, recursive: true);
}
