namespace BcpLocalOffer.Core.ImprovementPlan.Published;

/// <summary>Turns the stored plan into the published snapshot: drafts and unpublished reports are left out.</summary>
public static class PublishedPlanBuilder
{
    public static PublishedPlan Build(
        PlanDocument document,
        IEnumerable<PlanArea> areas,
        IEnumerable<PlanFocusArea> focusAreas,
        IEnumerable<PlanAction> actions,
        IEnumerable<StatusChange> changes,
        IEnumerable<QuarterlyReport> reports,
        long generation)
    {
        var published = changes
            .Where(c => c.PublishedAt is not null)
            .Select(c => new PublishedStatusChange(c.Id, c.ActionRef, c.FromStatus, c.ToStatus, c.Commentary, c.EvidenceKind, c.EvidenceNote, c.PlainTitle, c.PublishedAt!.Value, c.QuarterlyReportId))
            .OrderByDescending(c => c.PublishedAt)
            .ThenByDescending(c => c.Id)
            .ToList();
        var historyByRef = published.ToLookup(c => c.ActionRef, StringComparer.OrdinalIgnoreCase);
        var actionsByFocusArea = actions.ToLookup(a => a.FocusAreaNumber);
        var focusAreasByArea = focusAreas.ToLookup(f => f.AreaNumber);

        var publishedAreas = areas
            .OrderBy(a => a.Number)
            .Select(area => new PublishedArea(
                area.Number,
                area.Title,
                area.Finding,
                area.WhatWeAreChanging,
                area.EasyRead,
                [.. focusAreasByArea[area.Number].OrderBy(f => f.Number).Select(focus => new PublishedFocusArea(
                    focus.Number,
                    area.Number,
                    focus.Title,
                    focus.OverallImpact,
                    [.. focus.Unrecovered],
                    [.. actionsByFocusArea[focus.Number].OrderBy(a => a.SortOrder).ThenBy(a => a.Ref, StringComparer.Ordinal).Select(action => new PublishedAction(
                        action.Ref,
                        area.Number,
                        focus.Number,
                        action.Title,
                        action.PlainTitle,
                        [.. action.Officers],
                        action.Start,
                        action.End,
                        action.Status,
                        [.. action.Evidence],
                        [.. action.Unrecovered],
                        [.. historyByRef[action.Ref]]))]))]))
            .ToList();

        var changesByReport = published.Where(c => c.QuarterlyReportId is not null).ToLookup(c => c.QuarterlyReportId!.Value);
        var publishedReports = reports
            .Where(r => r.PublishedAt is not null)
            .OrderByDescending(r => r.PublishedAt)
            .ThenByDescending(r => r.Id)
            .Select(r => new PublishedReport(r.Id, r.Title, r.Summary, r.PublishedAt!.Value, [.. changesByReport[r.Id].OrderBy(c => c.ActionRef, RefComparer.Instance)]))
            .ToList();

        return new PublishedPlan(document, publishedAreas, publishedReports, generation);
    }
}
