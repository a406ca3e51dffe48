using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

public sealed record DirectoryImportResult(int Created, int Updated, int Unchanged, int KeptEditorsVersion);

/// <summary>
/// Imports the sample services, idempotently: a new seed entry becomes a published service; a
/// changed one becomes a new published version, unless an editor has saved a version since the
/// seed's, in which case the editors' work is kept and the seed change is skipped.
/// </summary>
public sealed class DirectorySeedImporter(LocalOfferDbContext db, TimeProvider clock, ILogger<DirectorySeedImporter> logger)
{
    public async Task<DirectoryImportResult> ImportAsync(string seedRoot, CancellationToken cancellationToken = default)
    {
        var seed = DirectorySeed.Read(seedRoot);
        if (seed is null)
        {
            logger.LogInformation("No directory in the content seed at {SeedRoot}", seedRoot);
            return new DirectoryImportResult(0, 0, 0, 0);
        }

        var audit = new AuditTrail(db, clock);
        var now = clock.GetUtcNow();
        var ids = seed.Select(s => DirectorySeed.IdFor(s.Key)).ToList();
        var stored = await db.DirectoryServices.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var latest = (await db.DirectoryServiceVersions.AsNoTracking().Where(v => ids.Contains(v.ServiceId))
                .Select(v => new { v.ServiceId, v.Number, v.CreatedBy, v.SeedHash }).ToListAsync(cancellationToken))
            .GroupBy(v => v.ServiceId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);

        int created = 0, updated = 0, unchanged = 0, kept = 0;
        var toPublish = new List<(DirectoryService Service, ServiceVersion Version)>();
        foreach (var entry in seed)
        {
            var id = DirectorySeed.IdFor(entry.Key);
            var hash = entry.Hash();
            if (!stored.TryGetValue(id, out var service))
            {
                service = new DirectoryService { Id = id, Slug = entry.Key.ToLowerInvariant(), CreatedAt = now };
                db.DirectoryServices.Add(service);
                var first = entry.ToVersion(id, 1, now);
                db.DirectoryServiceVersions.Add(first);
                toPublish.Add((service, first));
                created++;
            }
            else if (latest.GetValueOrDefault(id) is not { } newest || newest.SeedHash == hash)
            {
                unchanged++;
            }
            else if (newest.CreatedBy != ContentVersion.SeedAuthor)
            {
                kept++;
            }
            else
            {
                var next = entry.ToVersion(id, newest.Number + 1, now);
                db.DirectoryServiceVersions.Add(next);
                toPublish.Add((service, next));
                updated++;
            }
        }

        if (toPublish.Count == 0)
        {
            LogResult(created, updated, unchanged, kept);
            return new DirectoryImportResult(created, updated, unchanged, kept);
        }

        // Versions need their ids before services can point at them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (service, version) in toPublish)
        {
            service.PublishedVersionId = version.Id;
        }

        audit.Record(ContentVersion.SeedAuthor, AuditAction.SeedImported, new AuditSubject(AuditCapability.Service), $"{created} services created, {updated} updated from the content seed");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogResult(created, updated, unchanged, kept);
        return new DirectoryImportResult(created, updated, unchanged, kept);
    }

    private void LogResult(int created, int updated, int unchanged, int kept) =>
        logger.LogInformation(
            "Directory seed imported: {Created} created, {Updated} updated, {Unchanged} unchanged, {Kept} kept as editors changed them",
            created, updated, unchanged, kept);
}
