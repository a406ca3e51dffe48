using System.Globalization;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>
/// Quarterly progress reports through the one editorial workflow: written and submitted by the
/// board, published by a board member who changed none of it. Publishing gathers every status
/// change published since the last report and refreshes this node's published plan.
/// </summary>
public sealed class QuarterlyReportEditing(LocalOfferDbContext db, PublishedPlanLoader plan, TimeProvider clock)
    : ReviewWorkflow<QuarterlyReport, long>(db, clock)
{
    public override AuditCapability Capability => AuditCapability.QuarterlyReport;

    /// <summary>Published status changes no quarterly report has reported yet: what the next report will gather.</summary>
    public async Task<IReadOnlyList<StatusChange>> UnreportedChangesAsync() =>
        [.. (await Db.PlanStatusChanges.AsNoTracking().Where(c => c.PublishedAt != null && c.QuarterlyReportId == null).ToListAsync())
            .OrderBy(c => c.ActionRef, RefComparer.Instance).ThenBy(c => c.Id)];

    public async Task<EditResult<QuarterlyReport>> DraftAsync(string title, string summary, Editor editor)
    {
        if (!editor.CanPublish)
        {
            return EditResult<QuarterlyReport>.Refused("Only the editorial board can write a quarterly report.");
        }

        return await AddDraftAsync(new QuarterlyReport { Title = title.Trim(), Summary = summary.Trim(), CreatedBy = editor.Id, CreatedAt = Clock.GetUtcNow() }, editor);
    }

    public Task<EditResult<QuarterlyReport>> UpdateAsync(long id, string title, string summary, Editor editor) =>
        EditInPlaceAsync(id, editor,
            report => !editor.CanPublish ? "Only the editorial board can write a quarterly report."
                : report.PublishedAt is not null ? "This report is published. Write the next quarter's report instead."
                : null,
            report =>
            {
                (report.Title, report.Summary, report.CreatedBy) = (title.Trim(), summary.Trim(), editor.Id);
                return Task.CompletedTask;
            });

    protected override Task<QuarterlyReport?> FindAsync(long id) => Db.PlanQuarterlyReports.SingleOrDefaultAsync(r => r.Id == id);

    protected override AuditSubject SubjectOf(QuarterlyReport report) => new(AuditCapability.QuarterlyReport, report.Id.ToString(CultureInfo.InvariantCulture));

    protected override string Describe(QuarterlyReport report) => report.Title;

    protected override WorkflowDecision MaySubmit(QuarterlyReport report, Editor editor) =>
        editor.CanPublish ? WorkflowDecision.Allowed : WorkflowDecision.Refused("Only the editorial board can submit a quarterly report.");

    /// <summary>
    /// Gathers every status change published since the last report at this moment, so a change
    /// published between drafting and publishing is not missed.
    /// </summary>
    protected override async Task PublishAsync(QuarterlyReport report, Editor editor, DateTimeOffset now)
    {
        report.PublishedAt = now;
        foreach (var change in await Db.PlanStatusChanges.Where(c => c.PublishedAt != null && c.QuarterlyReportId == null).ToListAsync())
        {
            change.QuarterlyReportId = report.Id;
        }
    }

    protected override IQueryable<QuarterlyReport> Current => Db.PlanQuarterlyReports.AsNoTracking().Where(r => r.PublishedAt == null);

    protected override (string Title, string Address) Locate(QuarterlyReport report) => (report.Title, $"/editorial/improvement-plan/reports/{report.Id}");

    protected override Task RefreshPublishedAsync() => plan.RefreshAsync();
}
