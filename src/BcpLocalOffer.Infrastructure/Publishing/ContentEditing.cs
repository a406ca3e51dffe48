using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Everything an editor does to a page, each as one transaction with its audit entry: create,
/// save a draft (always a new version), unpublish and roll back; submit, approve and publish, and
/// request changes go through the one editorial workflow, a page version being its item.
/// Publishing refreshes this node's published cache before returning.
/// </summary>
public sealed class ContentEditing(LocalOfferDbContext db, PublishedCacheLoader cache, TimeProvider clock)
    : ReviewWorkflow<ContentVersion, VersionRef>(db, clock)
{
    public override AuditCapability Capability => AuditCapability.Page;

    public async Task<EditResult<ContentNode>> CreatePageAsync(Guid parentKey, string documentTypeAlias, string name, string summary, Editor editor)
    {
        if (WorkflowRules.ProviderMayChange(editor, providerOrganisation: null) is { IsAllowed: false } outOfReach)
        {
            return EditResult<ContentNode>.Refused(outOfReach.Reason!);
        }

        var parent = await Db.ContentNodes.SingleOrDefaultAsync(n => n.Key == parentKey);
        var type = DocumentTypes.Find(documentTypeAlias);
        if (parent is null || type is null)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (!DocumentTypes.Get(parent.DocumentTypeAlias).AllowsChild(type.Alias))
        {
            return EditResult<ContentNode>.Refused($"A {type.Name.ToLowerInvariant()} cannot be added here.");
        }

        if (new ContentTree(await Db.ContentNodes.AsNoTracking().ToListAsync()).IsArchived(parentKey))
        {
            return EditResult<ContentNode>.Refused("This page is archived. Restore it before adding pages beneath it.");
        }

        var siblings = await Db.ContentNodes.Where(n => n.ParentKey == parentKey).Select(n => new { n.UrlSegment, n.SortOrder }).ToListAsync();
        var segment = UniqueSegment(UrlSegment.FromName(name), siblings.Select(s => s.UrlSegment).ToHashSet());
        if (!UrlSegment.IsValid(segment))
        {
            return EditResult<ContentNode>.Refused("Give the page a name with letters or numbers in it.");
        }

        var now = Clock.GetUtcNow();
        var parentVersion = await Db.ContentVersions.Where(v => v.NodeKey == parentKey).OrderByDescending(v => v.Number).FirstAsync();
        var node = new ContentNode
        {
            Key = Guid.NewGuid(),
            ParentKey = parentKey,
            DocumentTypeAlias = type.Alias,
            UrlSegment = segment,
            SortOrder = siblings.Count == 0 ? 10 : siblings.Max(s => s.SortOrder) + 10,
            CreatedAt = now,
        };
        Db.ContentNodes.Add(node);
        Db.ContentVersions.Add(new ContentVersion
        {
            NodeKey = node.Key,
            Number = 1,
            Name = name,
            Summary = summary,
            // An author's new page is their organisation's to keep; the board's inherits its parent's owner.
            OwnerOrganisation = editor.CanPublish || editor.Organisation.Length == 0 ? parentVersion.OwnerOrganisation : editor.Organisation,
            ReviewBy = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6),
            LastReviewed = DateOnly.FromDateTime(now.UtcDateTime),
            CreatedAt = now,
            CreatedBy = editor.Id,
            Review = ReviewState.NewDraft(editor.Id),
        });
        Audit.Record(editor, AuditAction.Created, AuditSubject.Page(node.Key, 1), name);
        await Db.SaveChangesAsync();
        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>
    /// Saves a new version based on <paramref name="basedOnNumber"/>. If someone saved a newer version
    /// meanwhile, nothing is saved and the caller shows the conflict with the editor's text intact.
    /// </summary>
    public async Task<EditResult<ContentVersion>> SaveDraftAsync(Guid nodeKey, int basedOnNumber, Action<ContentVersion> change, Editor editor)
    {
        if (WorkflowRules.ProviderMayChange(editor, providerOrganisation: null) is { IsAllowed: false } outOfReach)
        {
            return EditResult<ContentVersion>.Refused(outOfReach.Reason!);
        }

        var latest = await Latest(nodeKey);
        if (latest is null)
        {
            return EditResult<ContentVersion>.NotFound();
        }

        if (latest.Number != basedOnNumber)
        {
            return EditResult<ContentVersion>.Conflict(latest, $"Version {latest.Number} was saved by someone else while you were editing version {basedOnNumber}.");
        }

        var draft = latest.CopyAsNext(latest.Number + 1, editor.Id, Clock.GetUtcNow());
        change(draft);
        if (WorkflowRules.ChangeOwner(editor, latest.OwnerOrganisation, draft.OwnerOrganisation) is { IsAllowed: false } refused)
        {
            return EditResult<ContentVersion>.Refused(refused.Reason!);
        }

        Db.ContentVersions.Add(draft);
        Audit.Record(editor, AuditAction.Saved, AuditSubject.Page(nodeKey, draft.Number), draft.Name);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two saves of the same version at the same moment: the unique (node, number) index lets one win.
            Db.ChangeTracker.Clear();
            var winner = await Latest(nodeKey);
            return EditResult<ContentVersion>.Conflict(winner!, $"Version {winner!.Number} was saved by someone else at the same moment.");
        }

        return EditResult<ContentVersion>.Done(draft);
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

        var version = await Db.ContentVersions.SingleOrDefaultAsync(v => v.NodeKey == nodeKey && v.Number == number);
        var node = await Db.ContentNodes.SingleOrDefaultAsync(n => n.Key == nodeKey);
        if (version is null || node is null)
        {
            return EditResult<ContentVersion>.NotFound();
        }

        if (version.Review.State != WorkflowState.Approved)
        {
            return EditResult<ContentVersion>.Refused($"Version {number} has not been approved.");
        }

        node.PublishedVersionId = version.Id;
        Audit.Record(editor, AuditAction.Published, AuditSubject.Page(nodeKey, number), detail);
        await Db.SaveChangesAsync();
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

        var node = await Db.ContentNodes.SingleOrDefaultAsync(n => n.Key == nodeKey);
        if (node is null)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (node.ParentKey is null)
        {
            return EditResult<ContentNode>.Refused("The home page cannot be unpublished.");
        }

        node.PublishedVersionId = null;
        Audit.Record(editor, AuditAction.Unpublished, AuditSubject.Page(nodeKey), "");
        await Db.SaveChangesAsync();
        await cache.RefreshAsync();
        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>A new draft with an old version's content; it goes through review like any change.</summary>
    public async Task<EditResult<ContentVersion>> RollBackAsync(Guid nodeKey, int toNumber, Editor editor)
    {
        var old = await Db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.NodeKey == nodeKey && v.Number == toNumber);
        var latest = await Latest(nodeKey);
        if (old is null || latest is null)
        {
            return EditResult<ContentVersion>.NotFound();
        }

        var draft = old.CopyAsNext(latest.Number + 1, editor.Id, Clock.GetUtcNow());
        // Whoever changed the page since its last approval is still a contributor, whichever text the draft starts from.
        draft.Review = latest.Review.ForNextVersion(draft.Number, editor.Id);
        Db.ContentVersions.Add(draft);
        Audit.Record(editor, AuditAction.RolledBack, AuditSubject.Page(nodeKey, draft.Number), $"A new draft from version {toNumber}");
        await Db.SaveChangesAsync();
        return EditResult<ContentVersion>.Done(draft);
    }

    protected override Task<ContentVersion?> FindAsync(VersionRef id) =>
        Db.ContentVersions.SingleOrDefaultAsync(v => v.NodeKey == id.Key && v.Number == id.Number);

    protected override AuditSubject SubjectOf(ContentVersion version) => AuditSubject.Page(version.NodeKey, version.Number);

    protected override string? OwnerOf(ContentVersion version) => version.OwnerOrganisation;

    protected override string Describe(ContentVersion version) => version.Name;

    protected override async Task PublishAsync(ContentVersion version, Editor editor, DateTimeOffset now) =>
        (await Db.ContentNodes.SingleAsync(n => n.Key == version.NodeKey)).PublishedVersionId = version.Id;

    protected override Task RefreshPublishedAsync() => cache.RefreshAsync();

    protected override IQueryable<ContentVersion> Current =>
        Db.ContentVersions.AsNoTracking()
            .Where(v => v.Number == Db.ContentVersions.Where(o => o.NodeKey == v.NodeKey).Max(o => o.Number))
            .Where(v => Db.ContentNodes.Any(n => n.Key == v.NodeKey && n.ArchivedAt == null));

    protected override (string Title, string Address) Locate(ContentVersion version) => ($"{version.Name}, version {version.Number}", $"/editorial/content/{version.NodeKey}");

    private Task<ContentVersion?> Latest(Guid nodeKey) =>
        Db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == nodeKey).OrderByDescending(v => v.Number).FirstOrDefaultAsync();

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
