using System.Security.Cryptography;
using System.Text;
using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ContentSeed;

/// <summary>
/// Which content seed, imported by which build, each seed importer last finished. The imports are
/// idempotent, so a restart with the same seed folder and the same build would change nothing; it
/// skips them, which is most of a cold start's database work. A changed seed file or a new build
/// imports as before, and the <c>seed</c> command always imports.
/// </summary>
public sealed class SeedImportRecord(LocalOfferDbContext db, ClusterLock locks, TimeProvider clock, ILogger<SeedImportRecord> logger)
{
    private const string KeyPrefix = "seed.imported.";

    /// <summary>A hash of every file under the seed folder (path and bytes) and of this build of the importers.</summary>
    public static string Fingerprint(string seedRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(SeedImportRecord).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(seedRoot))
        {
            foreach (var file in Directory.EnumerateFiles(seedRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(seedRoot, file).Replace('\\', '/') + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// Runs <paramref name="import"/> unless it already ran for this seed folder and build; true when it ran.
    /// Nodes starting together on an empty database take turns: the first imports, the others find it done.
    /// </summary>
    public async Task<bool> ImportUnlessCurrentAsync(string importer, string seedRoot, Func<CancellationToken, Task> import, CancellationToken cancellationToken = default)
    {
        await using var turn = await locks.AcquireAsync("seed-import:" + importer, cancellationToken);
        var key = KeyPrefix + importer;
        var fingerprint = Fingerprint(seedRoot);
        var setting = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting?.Value == fingerprint)
        {
            logger.LogInformation("The {Importer} seed is unchanged since this build last imported it: not imported again", importer);
            return false;
        }

        await import(cancellationToken);

        // Remembered only once the import has finished: an import cut short runs again at the next start.
        if (setting is null)
        {
            setting = new SiteSetting { Key = key };
            db.SiteSettings.Add(setting);
        }

        setting.Value = fingerprint;
        setting.UpdatedAt = clock.GetUtcNow();
        setting.UpdatedBy = "content-seed";
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
