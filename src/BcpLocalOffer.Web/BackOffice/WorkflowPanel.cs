using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>
/// What the one workflow panel needs to show any reviewable item: its review state, who is
/// looking, and where its workflow actions live (<c>{Address}/submit</c>, <c>/approve</c>,
/// <c>/request-changes</c>). Every kind of content shows this panel and nothing of its own.
/// </summary>
/// <param name="What">How the panel names the item in its headings: "this version", "this change".</param>
/// <param name="EditAddress">Where the item is changed, when it is changed in place.</param>
/// <param name="BoardSubmits">Only the board submits this kind (quarterly reports).</param>
public sealed record WorkflowPanel(
    ReviewState Review,
    Editor Editor,
    string Address,
    string What,
    string? EditAddress = null,
    string EditLabel = "Change the draft",
    bool BoardSubmits = false,
    string SubmitLabel = "Submit for review",
    string ApproveLabel = "Approve and publish",
    string? OwnerOrganisation = null)
{
    public bool ShowsSubmit => WorkflowRules.Submit(Review).IsAllowed && (!BoardSubmits || Editor.CanPublish);

    public bool ShowsEdit => EditAddress is not null && WorkflowRules.Edit(Review).IsAllowed;

    public bool ShowsReview => Review.IsWaitingForReview && Editor.CanPublish;
}

/// <summary>The one status tag for reviewable items; <paramref name="IsPublished"/> says whether the public sees a version of it now.</summary>
public sealed record WorkflowTag(WorkflowState State, bool IsPublished)
{
    public (string Text, string Colour) Look => State switch
    {
        WorkflowState.Submitted => ("Awaiting review", "govuk-tag--blue"),
        WorkflowState.ChangesRequested => ("Changes requested", "govuk-tag--orange"),
        WorkflowState.Draft => (IsPublished ? "Published, draft changes" : "Draft", "govuk-tag--grey"),
        _ => IsPublished ? ("Published", "govuk-tag--green") : ("Not published", "govuk-tag--red"),
    };
}
