using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ContentSeed;

public sealed record SeedImportResult(int Created, int Updated, int Unchanged, int KeptEditorChanges);

/// <summary>
/// Imports the content seed, idempotently: new pages are created and published; a page whose
/// seed file changed gets a new published version, but only while no editor has touched it.
/// An editor's change is never overwritten, and neither is the kind of a page an editor has changed.
/// </summary>
public sealed class ContentSeedImporter(LocalOfferDbContext db, TimeProvider clock, ILogger<ContentSeedImporter> logger)
{
    public async Task<SeedImportResult> ImportAsync(string seedRoot, CancellationToken cancellationToken = default)
    {
        var pages = ContentSeedReader.Read(seedRoot);
        var keys = pages.Select(p => p.Key).ToList();
        var nodes = await db.ContentNodes.Where(n => keys.Contains(n.Key)).ToDictionaryAsync(n => n.Key, cancellationToken);
        var latest = (await db.ContentVersions
                .Where(v => keys.Contains(v.NodeKey))
                .Select(v => new { v.NodeKey, v.Number, v.SeedHash })
                .ToListAsync(cancellationToken))
            .GroupBy(v => v.NodeKey)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);

        var now = clock.GetUtcNow();
        var toPublish = new List<(ContentNode Node, ContentVersion Version)>();
        int created = 0, updated = 0, unchanged = 0, kept = 0;
        foreach (var page in pages)
        {
            if (!nodes.TryGetValue(page.Key, out var node))
            {
                node = new ContentNode
                {
                    Key = page.Key,
                    ParentKey = page.ParentKey,
                    DocumentTypeAlias = page.DocumentTypeAlias,
                    UrlSegment = page.UrlSegment,
                    SortOrder = page.SortOrder,
                    CreatedAt = now,
                };
                db.ContentNodes.Add(node);
                toPublish.Add((node, AddVersion(node, page, 1, now)));
                created++;
            }
            else if (latest.GetValueOrDefault(node.Key) is { SeedHash: not null } last && last.SeedHash != page.Hash)
            {
                node.SortOrder = page.SortOrder;

                // A seed page can become a new kind of page (the glossary became a "glossary" with a
                // page per term); while the seed owns the page, its kind follows the seed.
                node.DocumentTypeAlias = page.DocumentTypeAlias;
                toPublish.Add((node, AddVersion(node, page, last.Number + 1, now)));
                updated++;
            }
            else if (latest.GetValueOrDefault(node.Key) is { SeedHash: null })
            {
                kept++;
            }
            else
            {
                unchanged++;
            }
        }

        if (toPublish.Count > 0)
        {
            // Versions get their ids on insert; the published pointer is set in a second step.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (node, version) in toPublish)
            {
                node.PublishedVersionId = version.Id;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var result = new SeedImportResult(created, updated, unchanged, kept);
        logger.LogInformation(
            "Content seed imported: {Created} created, {Updated} updated, {Unchanged} unchanged, {Kept} kept as editors left them",
            created, updated, unchanged, kept);
        return result;
    }

    private ContentVersion AddVersion(ContentNode node, SeedPage page, int number, DateTimeOffset now)
    {
        var version = new ContentVersion
        {
            NodeKey = node.Key,
            Number = number,
            Name = page.Title,
            NavigationName = page.NavigationTitle,
            Summary = page.Summary,
            Body = page.Body,
            MetaDescription = page.MetaDescription,
            OwnerOrganisation = page.Owner,
            ReviewBy = page.ReviewBy,
            LastReviewed = page.LastReviewed,
            HideFromNavigation = page.HideFromNavigation,
            Properties = new Dictionary<string, string>(page.Properties),
            CreatedAt = now,
            CreatedBy = ContentVersion.SeedAuthor,
            SeedHash = page.Hash,
            Review = new() { State = Core.Workflow.WorkflowState.Approved, Revision = number, Contributors = ContentVersion.SeedAuthor, ReviewedBy = ContentVersion.SeedAuthor, ReviewedAt = now },
        };
        db.ContentVersions.Add(version);
        return version;
    }
}
