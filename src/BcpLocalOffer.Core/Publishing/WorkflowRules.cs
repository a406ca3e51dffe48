using BcpLocalOffer.Core.Content;

namespace BcpLocalOffer.Core.Publishing;

/// <summary>
/// The editorial board's rules, in one place: anyone on the editorial side writes and submits;
/// only the board publishes; nobody approves a change they wrote (four eyes).
/// </summary>
public static class WorkflowRules
{
    public static WorkflowDecision Submit(ContentVersion version, Editor editor) => Submit(version.State);

    /// <summary>The same rule for anything that goes through the workflow (a page version, a plan status change, a quarterly report).</summary>
    public static WorkflowDecision Submit(WorkflowState state) =>
        state is WorkflowState.Draft or WorkflowState.ChangesRequested
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refused("Only a draft, or one with changes requested, can be submitted for review.");

    public static WorkflowDecision Approve(ContentVersion version, Editor editor) => Approve(version.State, version.CreatedBy, editor);

    /// <summary>Four eyes for anything that goes through the workflow: whoever drafted it (<paramref name="createdBy"/>) cannot approve it.</summary>
    public static WorkflowDecision Approve(WorkflowState state, string createdBy, Editor editor)
    {
        if (!editor.CanPublish)
        {
            return WorkflowDecision.Refused("Only the editorial board can approve and publish.");
        }

        if (state != WorkflowState.Submitted)
        {
            return WorkflowDecision.Refused("Only a change submitted for review can be approved.");
        }

        return string.Equals(createdBy, editor.Id, StringComparison.Ordinal)
            ? WorkflowDecision.Refused("You wrote this change, so another member of the editorial board must approve it.")
            : WorkflowDecision.Allowed;
    }

    public static WorkflowDecision RequestChanges(ContentVersion version, Editor editor, string? comment) => RequestChanges(version.State, editor, comment);

    public static WorkflowDecision RequestChanges(WorkflowState state, Editor editor, string? comment)
    {
        if (!editor.CanPublish)
        {
            return WorkflowDecision.Refused("Only the editorial board can request changes.");
        }

        if (state != WorkflowState.Submitted)
        {
            return WorkflowDecision.Refused("Changes can only be requested on a change submitted for review.");
        }

        return string.IsNullOrWhiteSpace(comment)
            ? WorkflowDecision.Refused("Say what needs to change.")
            : WorkflowDecision.Allowed;
    }

    public static WorkflowDecision Unpublish(Editor editor) =>
        editor.CanPublish ? WorkflowDecision.Allowed : WorkflowDecision.Refused("Only the editorial board can unpublish a page.");
}

public sealed record WorkflowDecision(bool IsAllowed, string? Reason)
{
    public static WorkflowDecision Allowed { get; } = new(true, null);

    public static WorkflowDecision Refused(string reason) => new(false, reason);
}
