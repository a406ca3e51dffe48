using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Directory;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>
/// Everything an editor does to a service, each as one transaction with its audit entry, through
/// the same workflow as pages: every save is a new draft version, which is submitted for review
/// and approved and published by the board (never by the person who wrote it). Publishing
/// refreshes this node's published directory before returning.
/// </summary>
public sealed class DirectoryEditing(LocalOfferDbContext db, PublishedDirectoryLoader directory, TimeProvider clock)
{
    private readonly AuditTrail audit = new(db, clock);

    public async Task<EditResult<DirectoryService>> CreateAsync(Action<ServiceVersion> fill, Editor editor)
    {
        var now = clock.GetUtcNow();
        var version = new ServiceVersion { Number = 1, CreatedAt = now, CreatedBy = editor.Id, State = WorkflowState.Draft };
        fill(version);
        var wanted = UrlSegment.FromName(version.Name);
        if (!UrlSegment.IsValid(wanted))
        {
            return EditResult<DirectoryService>.Refused("Give the service a name with letters or numbers in it.");
        }

        var taken = (await db.DirectoryServices.Where(s => s.Slug == wanted || s.Slug.StartsWith(wanted + "-")).Select(s => s.Slug).ToListAsync()).ToHashSet();
        var slug = wanted;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        var service = new DirectoryService { Id = Guid.NewGuid(), Slug = slug, CreatedAt = now };
        version.ServiceId = service.Id;
        db.DirectoryServices.Add(service);
        db.DirectoryServiceVersions.Add(version);
        audit.Record(editor, "Service created", service.Id, 1, version.Name);
        await db.SaveChangesAsync();
        return EditResult<DirectoryService>.Done(service);
    }

    /// <summary>
    /// Saves a new version based on <paramref name="basedOnNumber"/>. If someone saved a newer one
    /// meanwhile, nothing is saved and the caller shows the conflict with the editor's text intact.
    /// </summary>
    public async Task<EditResult<ServiceVersion>> SaveDraftAsync(Guid serviceId, int basedOnNumber, Action<ServiceVersion> change, Editor editor)
    {
        var latest = await LatestAsync(serviceId);
        if (latest is null)
        {
            return EditResult<ServiceVersion>.NotFound();
        }

        if (latest.Number != basedOnNumber)
        {
            return EditResult<ServiceVersion>.Conflict(latest, $"Version {latest.Number} was saved by someone else while you were editing version {basedOnNumber}.");
        }

        var draft = latest.CopyAsNext(latest.Number + 1, editor.Id, clock.GetUtcNow());
        change(draft);
        db.DirectoryServiceVersions.Add(draft);
        audit.Record(editor, "Service saved", serviceId, draft.Number, draft.Name);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two saves of the same version at the same moment: the unique (service, number) index lets one win.
            db.ChangeTracker.Clear();
            var winner = await LatestAsync(serviceId);
            return EditResult<ServiceVersion>.Conflict(winner!, $"Version {winner!.Number} was saved by someone else at the same moment.");
        }

        return EditResult<ServiceVersion>.Done(draft);
    }

    public Task<EditResult<ServiceVersion>> SubmitAsync(Guid serviceId, int number, Editor editor) =>
        TransitionAsync(serviceId, number, editor, v => WorkflowRules.Submit(v.State), "Service submitted for review", v => v.State = WorkflowState.Submitted);

    public Task<EditResult<ServiceVersion>> RequestChangesAsync(Guid serviceId, int number, Editor editor, string? comment) =>
        TransitionAsync(serviceId, number, editor, v => WorkflowRules.RequestChanges(v.State, editor, comment), "Service changes requested", v =>
        {
            v.State = WorkflowState.ChangesRequested;
            (v.ReviewComment, v.ReviewedBy, v.ReviewedAt) = (comment!.Trim(), editor.Id, clock.GetUtcNow());
        });

    /// <summary>Approves a submitted version and makes it the one families and the API see.</summary>
    public async Task<EditResult<ServiceVersion>> ApproveAndPublishAsync(Guid serviceId, int number, Editor editor)
    {
        var result = await TransitionAsync(serviceId, number, editor, v => WorkflowRules.Approve(v.State, v.CreatedBy, editor), "Service approved and published", v =>
        {
            (v.State, v.ReviewComment, v.ReviewedBy, v.ReviewedAt) = (WorkflowState.Approved, null, editor.Id, clock.GetUtcNow());
        }, publish: true);
        if (result.Succeeded)
        {
            await directory.RefreshAsync();
        }

        return result;
    }

    private async Task<EditResult<ServiceVersion>> TransitionAsync(
        Guid serviceId, int number, Editor editor, Func<ServiceVersion, WorkflowDecision> rule, string action, Action<ServiceVersion> apply, bool publish = false)
    {
        var version = await db.DirectoryServiceVersions.SingleOrDefaultAsync(v => v.ServiceId == serviceId && v.Number == number);
        if (version is null)
        {
            return EditResult<ServiceVersion>.NotFound();
        }

        var decision = rule(version);
        if (!decision.IsAllowed)
        {
            return EditResult<ServiceVersion>.Refused(decision.Reason!);
        }

        apply(version);
        if (publish)
        {
            var service = await db.DirectoryServices.SingleAsync(s => s.Id == serviceId);
            service.PublishedVersionId = version.Id;
        }

        audit.Record(editor, action, serviceId, number,
            version.State == WorkflowState.ChangesRequested ? $"{version.Name}: {version.ReviewComment}" : version.Name);
        await db.SaveChangesAsync();
        return EditResult<ServiceVersion>.Done(version);
    }

    private Task<ServiceVersion?> LatestAsync(Guid serviceId) =>
        db.DirectoryServiceVersions.AsNoTracking().Where(v => v.ServiceId == serviceId).OrderByDescending(v => v.Number).FirstOrDefaultAsync();
}
