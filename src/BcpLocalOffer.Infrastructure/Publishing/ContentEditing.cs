using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Everything an editor does to a page, each as one transaction with its audit entry: create,
/// save a draft (always a new version), submit, approve and publish, request changes, unpublish
/// and roll back. Publishing refreshes this node's published cache before returning.
/// </summary>
public sealed class ContentEditing(LocalOfferDbContext db, PublishedCacheLoader cache, TimeProvider clock)
{
    private readonly AuditTrail audit = new(db, clock);

    public async Task<EditResult<ContentNode>> CreatePageAsync(Guid parentKey, string documentTypeAlias, string name, string summary, Editor editor)
    {
        var parent = await db.ContentNodes.SingleOrDefaultAsync(n => n.Key == parentKey);
        var type = DocumentTypes.Find(documentTypeAlias);
        if (parent is null || type is null)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (!DocumentTypes.Get(parent.DocumentTypeAlias).AllowsChild(type.Alias))
        {
            return EditResult<ContentNode>.Refused($"A {type.Name.ToLowerInvariant()} cannot be added here.");
        }

        if (new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync()).IsArchived(parentKey))
        {
            return EditResult<ContentNode>.Refused("This page is archived. Restore it before adding pages beneath it.");
        }

        var siblings = await db.ContentNodes.Where(n => n.ParentKey == parentKey).Select(n => new { n.UrlSegment, n.SortOrder }).ToListAsync();
        var segment = UniqueSegment(UrlSegment.FromName(name), siblings.Select(s => s.UrlSegment).ToHashSet());
        if (!UrlSegment.IsValid(segment))
        {
            return EditResult<ContentNode>.Refused("Give the page a name with letters or numbers in it.");
        }

        var now = clock.GetUtcNow();
        var parentVersion = await db.ContentVersions.Where(v => v.NodeKey == parentKey).OrderByDescending(v => v.Number).FirstAsync();
        var node = new ContentNode
        {
            Key = Guid.NewGuid(),
            ParentKey = parentKey,
            DocumentTypeAlias = type.Alias,
            UrlSegment = segment,
            SortOrder = siblings.Count == 0 ? 10 : siblings.Max(s => s.SortOrder) + 10,
            CreatedAt = now,
        };
        db.ContentNodes.Add(node);
        db.ContentVersions.Add(new ContentVersion
        {
            NodeKey = node.Key,
            Number = 1,
            Name = name,
            Summary = summary,
            OwnerOrganisation = parentVersion.OwnerOrganisation,
            ReviewBy = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6),
            LastReviewed = DateOnly.FromDateTime(now.UtcDateTime),
            CreatedAt = now,
            CreatedBy = editor.Id,
            State = WorkflowState.Draft,
        });
        audit.Record(editor, "Created", node.Key, 1, name);
        await db.SaveChangesAsync();
        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>
    /// Saves a new version based on <paramref name="basedOnNumber"/>. If someone saved a newer version
    /// meanwhile, nothing is saved and the caller shows the conflict with the editor's text intact.
    /// </summary>
    public async Task<EditResult<ContentVersion>> SaveDraftAsync(Guid nodeKey, int basedOnNumber, Action<ContentVersion> change, Editor editor)
    {
        var latest = await Latest(nodeKey);
        if (latest is null)
        {
            return EditResult<ContentVersion>.NotFound();
        }

        if (latest.Number != basedOnNumber)
        {
            return EditResult<ContentVersion>.Conflict(latest, $"Version {latest.Number} was saved by someone else while you were editing version {basedOnNumber}.");
        }

        var draft = latest.CopyAsNext(latest.Number + 1, editor.Id, clock.GetUtcNow());
        change(draft);
        db.ContentVersions.Add(draft);
        audit.Record(editor, "Saved", nodeKey, draft.Number, draft.Name);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two saves of the same version at the same moment: the unique (node, number) index lets one win.
            db.ChangeTracker.Clear();
            var winner = await Latest(nodeKey);
            return EditResult<ContentVersion>.Conflict(winner!, $"Version {winner!.Number} was saved by someone else at the same moment.");
        }

        return EditResult<ContentVersion>.Done(draft);
    }

    public Task<EditResult<ContentVersion>> SubmitAsync(Guid nodeKey, int number, Editor editor) =>
        Transition(nodeKey, number, editor, WorkflowRules.Submit, "Submitted for review", version => version.State = WorkflowState.Submitted);

    public Task<EditResult<ContentVersion>> RequestChangesAsync(Guid nodeKey, int number, Editor editor, string? comment) =>
        Transition(nodeKey, number, editor, (v, e) => WorkflowRules.RequestChanges(v, e, comment), "Changes requested", version =>
        {
            version.State = WorkflowState.ChangesRequested;
            version.ReviewComment = comment!.Trim();
            version.ReviewedBy = editor.Id;
            version.ReviewedAt = clock.GetUtcNow();
        });

    /// <summary>Approves a submitted version and makes it the one the public sees.</summary>
    public async Task<EditResult<ContentVersion>> ApproveAndPublishAsync(Guid nodeKey, int number, Editor editor, string? comment = null)
    {
        var result = await Transition(nodeKey, number, editor, WorkflowRules.Approve, "Approved and published", version =>
        {
            version.State = WorkflowState.Approved;
            version.ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            version.ReviewedBy = editor.Id;
            version.ReviewedAt = clock.GetUtcNow();
        }, publish: true);
        if (result.Succeeded)
        {
            await cache.RefreshAsync();
        }

        return result;
    }

    /// <summary>
    /// Makes an already-approved version live again (after an unpublish, or a scheduled return to
    /// an approved version). Approval happened before; publishing is still the board's alone.
    /// </summary>
    public async Task<EditResult<ContentVersion>> PublishApprovedAsync(Guid nodeKey, int number, Editor editor, string detail)
    {
        if (!editor.CanPublish)
        {
            return EditResult<ContentVersion>.Refused("Only the editorial board can publish.");
        }

        var version = await db.ContentVersions.SingleOrDefaultAsync(v => v.NodeKey == nodeKey && v.Number == number);
        var node = await db.ContentNodes.SingleOrDefaultAsync(n => n.Key == nodeKey);
        if (version is null || node is null)
        {
            return EditResult<ContentVersion>.NotFound();
        }

        if (version.State != WorkflowState.Approved)
        {
            return EditResult<ContentVersion>.Refused($"Version {number} has not been approved.");
        }

        node.PublishedVersionId = version.Id;
        audit.Record(editor, "Published", nodeKey, number, detail);
        await db.SaveChangesAsync();
        await cache.RefreshAsync();
        return EditResult<ContentVersion>.Done(version);
    }

    public async Task<EditResult<ContentNode>> UnpublishAsync(Guid nodeKey, Editor editor)
    {
        var decision = WorkflowRules.Unpublish(editor);
        if (!decision.IsAllowed)
        {
            return EditResult<ContentNode>.Refused(decision.Reason!);
        }

        var node = await db.ContentNodes.SingleOrDefaultAsync(n => n.Key == nodeKey);
        if (node is null)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (node.ParentKey is null)
        {
            return EditResult<ContentNode>.Refused("The home page cannot be unpublished.");
        }

        node.PublishedVersionId = null;
        audit.Record(editor, "Unpublished", nodeKey, null, "");
        await db.SaveChangesAsync();
        await cache.RefreshAsync();
        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>A new draft with an old version's content; it goes through review like any change.</summary>
    public async Task<EditResult<ContentVersion>> RollBackAsync(Guid nodeKey, int toNumber, Editor editor)
    {
        var old = await db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.NodeKey == nodeKey && v.Number == toNumber);
        var latest = await Latest(nodeKey);
        if (old is null || latest is null)
        {
            return EditResult<ContentVersion>.NotFound();
        }

        var draft = old.CopyAsNext(latest.Number + 1, editor.Id, clock.GetUtcNow());
        db.ContentVersions.Add(draft);
        audit.Record(editor, "Rolled back", nodeKey, draft.Number, $"A new draft from version {toNumber}");
        await db.SaveChangesAsync();
        return EditResult<ContentVersion>.Done(draft);
    }

    private async Task<EditResult<ContentVersion>> Transition(
        Guid nodeKey, int number, Editor editor, Func<ContentVersion, Editor, WorkflowDecision> rule, string action, Action<ContentVersion> apply, bool publish = false)
    {
        var version = await db.ContentVersions.SingleOrDefaultAsync(v => v.NodeKey == nodeKey && v.Number == number);
        if (version is null)
        {
            return EditResult<ContentVersion>.NotFound();
        }

        var decision = rule(version, editor);
        if (!decision.IsAllowed)
        {
            return EditResult<ContentVersion>.Refused(decision.Reason!);
        }

        apply(version);
        if (publish)
        {
            var node = await db.ContentNodes.SingleAsync(n => n.Key == nodeKey);
            node.PublishedVersionId = version.Id;
        }

        audit.Record(editor, action, nodeKey, number, version.ReviewComment ?? version.Name);
        await db.SaveChangesAsync();
        return EditResult<ContentVersion>.Done(version);
    }

    private Task<ContentVersion?> Latest(Guid nodeKey) =>
        db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == nodeKey).OrderByDescending(v => v.Number).FirstOrDefaultAsync();

    private static string UniqueSegment(string wanted, IReadOnlySet<string> taken)
    {
        var segment = wanted;
        for (var n = 2; taken.Contains(segment); n++)
        {
            segment = $"{wanted}-{n}";
        }

        return segment;
    }
}
