using System.Security.Claims;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Workflow;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>
/// The back office's own frame: its sections (with what waits in each, from the one work queue),
/// who is signed in and sign out; none of the public site's navigation or search. Every
/// back-office page gets it; a preview of a public page keeps the public frame.
/// </summary>
public sealed record BackOfficeFrame(string SignedInAs, IReadOnlyList<BackOfficeSection> Sections)
{
    /// <summary>Set by every back-office controller; the layout is chosen by it in <c>_ViewStart</c>.</summary>
    public const string ViewDataKey = "BackOfficeFrame";

    public const string Layout = "~/BackOffice/Views/_BackOfficeLayout.cshtml";

    /// <param name="accountChangesWaiting">Privileged account changes this administrator may approve.</param>
    public static async Task<BackOfficeFrame> ForAsync(ClaimsPrincipal user, string path, WorkQueue queue, int accountChangesWaiting, CancellationToken cancellationToken = default)
    {
        var work = await queue.ForAsync(user.ToEditor(), cancellationToken);
        var board = user.IsInRole(EditorialRoles.EditorialBoard);
        var administrator = user.IsInRole(EditorialRoles.Administrator);
        // A provider's back office is their own listings: the one section open to them.
        var editor = !user.IsProviderOnly();
        var sections = new List<(string Name, string Address, int Waiting, bool Shown)>
        {
            ("Dashboard", "/editorial", work.ToReview.Count + work.SentBack.Count, editor),
            ("Content", "/editorial/content", Waiting(work, AuditCapability.Page), editor),
            ("Directory", "/editorial/directory", Waiting(work, AuditCapability.Service), true),
            ("Improvement plan", "/editorial/improvement-plan", Waiting(work, AuditCapability.PlanStatusChange) + Waiting(work, AuditCapability.QuarterlyReport), editor),
            ("You said – We did", "/editorial/you-said-we-did", Waiting(work, AuditCapability.YouSaidWeDid), board),
            ("Feedback", "/editorial/feedback", 0, board),
            ("Media", "/editorial/media", Waiting(work, AuditCapability.Media), editor),
            ("Coverage", "/editorial/coverage", 0, editor),
            ("Statistics", "/editorial/analytics", 0, board || administrator),
            ("Users", "/editorial/users", accountChangesWaiting, administrator),
            ("Audit log", "/editorial/audit", 0, administrator),
        };
        var current = sections.Where(s => s.Shown && (s.Address == "/editorial" ? path == "/editorial" : path.StartsWith(s.Address, StringComparison.Ordinal)))
            .Select(s => s.Address).FirstOrDefault();
        return new BackOfficeFrame(
            user.FindFirstValue(ClaimTypes.Name) ?? "",
            [.. sections.Where(s => s.Shown).Select(s => new BackOfficeSection(s.Name, s.Address, s.Waiting, s.Address == current))]);
    }

    private static int Waiting(EditorWork work, AuditCapability kind) => work.ToReview.Count(i => i.Kind == kind) + work.SentBack.Count(i => i.Kind == kind);
}

/// <param name="Waiting">Items waiting for this person in the section: to review, or sent back to them.</param>
public sealed record BackOfficeSection(string Name, string Address, int Waiting, bool IsCurrent);
