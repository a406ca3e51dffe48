using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>
/// Everything an editor does to a service, each as one transaction with its audit entry, through
/// the one editorial workflow, as pages: every save is a new draft version, which is submitted
/// for review and approved and published by the board (never by anyone who changed it).
/// Publishing refreshes this node's published directory before returning.
/// </summary>
public sealed class DirectoryEditing(LocalOfferDbContext db, PublishedDirectoryLoader directory, TimeProvider clock)
    : ReviewWorkflow<ServiceVersion, VersionRef>(db, clock)
{
    public override AuditCapability Capability => AuditCapability.Service;

    public async Task<EditResult<DirectoryService>> CreateAsync(Action<ServiceVersion> fill, Editor editor)
    {
        var now = Clock.GetUtcNow();
        var version = new ServiceVersion { Number = 1, CreatedAt = now, CreatedBy = editor.Id, Review = ReviewState.NewDraft(editor.Id) };
        fill(version);
        if (WorkflowRules.ProviderMayChange(editor, version.Organisation) is { IsAllowed: false } outOfReach)
        {
            return EditResult<DirectoryService>.Refused(outOfReach.Reason!);
        }

        var wanted = UrlSegment.FromName(version.Name);
        if (!UrlSegment.IsValid(wanted))
        {
            return EditResult<DirectoryService>.Refused("Give the service a name with letters or numbers in it.");
        }

        var taken = (await Db.DirectoryServices.Where(s => s.Slug == wanted || s.Slug.StartsWith(wanted + "-")).Select(s => s.Slug).ToListAsync()).ToHashSet();
        var slug = wanted;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        var service = new DirectoryService { Id = Guid.NewGuid(), Slug = slug, CreatedAt = now };
        version.ServiceId = service.Id;
        Db.DirectoryServices.Add(service);
        Db.DirectoryServiceVersions.Add(version);
        Audit.Record(editor, AuditAction.Created, AuditSubject.Service(service.Id, 1), version.Name);
        await Db.SaveChangesAsync();
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

        // A provider keeps their own listing: not another organisation's, and not by renaming who runs it.
        if (WorkflowRules.ProviderMayChange(editor, latest.Organisation) is { IsAllowed: false } outOfReach)
        {
            return EditResult<ServiceVersion>.Refused(outOfReach.Reason!);
        }

        if (latest.Number != basedOnNumber)
        {
            return EditResult<ServiceVersion>.Conflict(latest, $"Version {latest.Number} was saved by someone else while you were editing version {basedOnNumber}.");
        }

        var draft = latest.CopyAsNext(latest.Number + 1, editor.Id, Clock.GetUtcNow());
        change(draft);
        var decision = WorkflowRules.ChangeOwner(editor, latest.OwnerOrganisation, draft.OwnerOrganisation) is { IsAllowed: false } notTheirs
            ? notTheirs
            : WorkflowRules.ProviderMayChange(editor, draft.Organisation);
        if (!decision.IsAllowed)
        {
            return EditResult<ServiceVersion>.Refused(decision.Reason!);
        }

        Db.DirectoryServiceVersions.Add(draft);
        Audit.Record(editor, AuditAction.Saved, AuditSubject.Service(serviceId, draft.Number), draft.Name);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two saves of the same version at the same moment: the unique (service, number) index lets one win.
            Db.ChangeTracker.Clear();
            var winner = await LatestAsync(serviceId);
            return EditResult<ServiceVersion>.Conflict(winner!, $"Version {winner!.Number} was saved by someone else at the same moment.");
        }

        return EditResult<ServiceVersion>.Done(draft);
    }

    protected override Task<ServiceVersion?> FindAsync(VersionRef id) =>
        Db.DirectoryServiceVersions.SingleOrDefaultAsync(v => v.ServiceId == id.Key && v.Number == id.Number);

    protected override AuditSubject SubjectOf(ServiceVersion version) => AuditSubject.Service(version.ServiceId, version.Number);

    protected override string? OwnerOf(ServiceVersion version) => version.OwnerOrganisation;

    protected override string? ProvidedBy(ServiceVersion version) => version.Organisation;

    protected override string Describe(ServiceVersion version) => version.Name;

    protected override async Task PublishAsync(ServiceVersion version, Editor editor, DateTimeOffset now) =>
        (await Db.DirectoryServices.SingleAsync(s => s.Id == version.ServiceId)).PublishedVersionId = version.Id;

    protected override Task RefreshPublishedAsync() => directory.RefreshAsync();

    /// <summary>
    /// An owner says, from the link in a reminder, that a published service is still correct: its
    /// next review moves six months on, in place (no new version, no approval: nothing families read
    /// changed), audited; only while the service has the review date the link was made for.
    /// </summary>
    public async Task<EditResult<DirectoryService>> ConfirmStillCorrectAsync(Guid id, DateOnly linkReviewBy, Editor owner)
    {
        var service = await Db.DirectoryServices.SingleOrDefaultAsync(s => s.Id == id && s.PublishedVersionId != null);
        var versions = service is null ? [] : await Db.DirectoryServiceVersions.Where(v => v.ServiceId == id).ToListAsync();
        var shown = versions.SingleOrDefault(v => v.Id == service?.PublishedVersionId);
        if (service is null || shown is null)
        {
            return EditResult<DirectoryService>.NotFound();
        }

        if (WorkflowRules.ConfirmStillCorrect(owner, shown.OwnerOrganisation, shown.ReviewBy, linkReviewBy, "service", shown.Organisation) is { IsAllowed: false } refused)
        {
            return refused.Refusal == Refusal.Changed ? EditResult<DirectoryService>.Conflict(service, refused.Reason!) : EditResult<DirectoryService>.Refused(refused.Reason!);
        }

        var today = Clock.UkToday();
        var reviewBy = today.AddMonths(Publishing.PageReviews.MonthsUntilNextReview);
        foreach (var version in versions.Where(v => v.Number >= shown.Number))
        {
            version.ReviewBy = reviewBy;
            version.CheckedOn = today;
        }

        Audit.Record(owner, AuditAction.MarkedReviewed, AuditSubject.Service(id, shown.Number),
            $"{shown.Name}: review by {linkReviewBy:yyyy-MM-dd} → {reviewBy:yyyy-MM-dd} (confirmed still correct from the emailed link)");
        await Db.SaveChangesAsync();
        await directory.RefreshAsync();
        return EditResult<DirectoryService>.Done(service);
    }

    protected override IQueryable<ServiceVersion> Current =>
        Db.DirectoryServiceVersions.AsNoTracking().Where(v => v.Number == Db.DirectoryServiceVersions.Where(o => o.ServiceId == v.ServiceId).Max(o => o.Number));

    protected override (string Title, string Address) Locate(ServiceVersion version) => ($"{version.Name}, version {version.Number}", $"/editorial/directory/{version.ServiceId}");

    private Task<ServiceVersion?> LatestAsync(Guid serviceId) =>
        Db.DirectoryServiceVersions.AsNoTracking().Where(v => v.ServiceId == serviceId).OrderByDescending(v => v.Number).FirstOrDefaultAsync();
}
