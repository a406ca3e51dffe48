using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BcpLocalOffer.Web.ImprovementPlan;

/// <summary>The form for a status change: new status, the action's title for families, commentary for families, and the evidence behind it.</summary>
public sealed class StatusChangeForm
{
    public string? Status { get; set; }

    /// <summary>Shown filled with the action's title; a title left as it is changes nothing.</summary>
    public string? PlainTitle { get; set; }

    public string? Commentary { get; set; }

    public string? EvidenceKind { get; set; }

    public string? EvidenceNote { get; set; }

    public static StatusChangeForm From(Core.ImprovementPlan.StatusChange change, Core.ImprovementPlan.Published.PublishedAction action) => new()
    {
        Status = change.ToStatus.Slug(),
        PlainTitle = change.PlainTitle ?? action.PlainTitle,
        Commentary = change.Commentary,
        EvidenceKind = change.EvidenceKind,
        EvidenceNote = change.EvidenceNote,
    };

    /// <summary>Checks the form; errors go into <paramref name="state"/> under the field names, in the order of the form.</summary>
    public StatusChangeDraft? Validate(ModelStateDictionary state)
    {
        var status = ActionStatuses.Parse(Status);
        if (status is null)
        {
            state.AddModelError(nameof(Status), "Choose the action's new status");
        }

        if (PlainTitle is not null && PlainTitle.Trim().Length > PlanAction.PlainTitleLength)
        {
            state.AddModelError(nameof(PlainTitle), $"The title for families must be {PlanAction.PlainTitleLength} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(Commentary))
        {
            state.AddModelError(nameof(Commentary), "Enter commentary that explains the change to families");
        }
        else if (Commentary.Trim().Length > Core.ImprovementPlan.StatusChange.CommentaryLength)
        {
            state.AddModelError(nameof(Commentary), $"Commentary must be {Core.ImprovementPlan.StatusChange.CommentaryLength} characters or fewer");
        }

        if (!EvidenceKinds.IsKnown(EvidenceKind))
        {
            state.AddModelError(nameof(EvidenceKind), "Choose the kind of evidence behind the change");
        }

        if (EvidenceNote is { Length: > Core.ImprovementPlan.StatusChange.EvidenceNoteLength })
        {
            state.AddModelError(nameof(EvidenceNote), $"Where the evidence is must be {Core.ImprovementPlan.StatusChange.EvidenceNoteLength} characters or fewer");
        }

        return state.IsValid ? new StatusChangeDraft(status!.Value, Commentary!, EvidenceKind!, EvidenceNote, PlainTitle) : null;
    }
}

/// <summary>The quarterly report's own words: a title and the board's summary of the quarter.</summary>
public sealed class QuarterlyReportForm
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public bool Validate(ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            state.AddModelError(nameof(Title), "Enter a title, for example \"Progress from January to March 2027\"");
        }
        else if (Title.Trim().Length > QuarterlyReport.TitleLength)
        {
            state.AddModelError(nameof(Title), $"The title must be {QuarterlyReport.TitleLength} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            state.AddModelError(nameof(Summary), "Enter a summary of the quarter's progress for families");
        }
        else if (Summary.Trim().Length > QuarterlyReport.SummaryLength)
        {
            state.AddModelError(nameof(Summary), $"The summary must be {QuarterlyReport.SummaryLength} characters or fewer");
        }

        return state.IsValid;
    }
}
