using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Core.Publishing;

/// <summary>
/// Who may schedule what. Only the board schedules; a scheduled publish is an approval made in
/// advance, so the four-eyes rule applies when it is set (and again when it runs).
/// </summary>
public static class ScheduleRules
{
    public static WorkflowDecision SchedulePublish(ContentVersion version, Editor editor, long? liveVersionId)
    {
        if (!editor.CanPublish)
        {
            return WorkflowDecision.Refused("Only the editorial board can schedule publishing.");
        }

        return version.Review.State switch
        {
            WorkflowState.Submitted => WorkflowRules.Approve(version.Review, editor),
            WorkflowState.Approved when version.Id == liveVersionId => WorkflowDecision.Refused($"Version {version.Number} is already live."),
            WorkflowState.Approved => WorkflowDecision.Allowed,
            _ => WorkflowDecision.Refused("Only a version submitted for review, or one already approved, can be scheduled to publish."),
        };
    }

    public static WorkflowDecision ScheduleUnpublish(Editor editor, bool isHomePage) =>
        !editor.CanPublish ? WorkflowDecision.Refused("Only the editorial board can schedule unpublishing.")
        : isHomePage ? WorkflowDecision.Refused("The home page cannot be unpublished.")
        : WorkflowDecision.Allowed;
}
