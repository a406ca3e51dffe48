namespace BcpLocalOffer.Core.Workflow;

/// <summary>
/// The editorial board's rules, in one place, for every kind of reviewable content: anyone on
/// the editorial side writes and submits; only the board approves and publishes; nobody who
/// changed an item since it was last approved approves it, nobody reviews their own submission
/// (four eyes); and an approval names the revision the reviewer read. The server and the views
/// both ask these rules, so a button is shown exactly when pressing it would work.
/// </summary>
public static class WorkflowRules
{
    public const string NoRevisionNamed = "The approval did not say which version you read, so nothing was approved. Open the page again and approve it from there.";

    public static WorkflowDecision Edit(ReviewState review) =>
        review.State == WorkflowState.Submitted
            ? WorkflowDecision.Refused("This is waiting for review. Ask a board member to request changes before you change it.")
            : WorkflowDecision.Allowed;

    /// <summary>
    /// Who keeps a page or a service up to date is the board's decision: an author who could move
    /// the owner could take a page out of its organisation's hands (or hand it one unasked).
    /// </summary>
    public static WorkflowDecision ChangeOwner(Editor editor, string currentOwner, string newOwner) =>
        editor.CanPublish || string.Equals(currentOwner.Trim(), newOwner.Trim(), StringComparison.Ordinal)
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refused("Only the editorial board can change who keeps this up to date.");

    /// <summary>
    /// Whether a change by <paramref name="editor"/> to an item <paramref name="owner"/> keeps is a
    /// proposal from another organisation: allowed, and marked as such to the board.
    /// </summary>
    public static bool IsProposal(Editor editor, string owner) => !editor.CanPublish && !editor.IsProvider && !editor.WorksFor(owner);

    /// <summary>
    /// Service providers keep their own organisations' listings and nothing else: a service run by
    /// one of <see cref="Editor.Provides"/>, never another organisation's service, a page, a plan
    /// change or anything else (<paramref name="providerOrganisation"/> null). Everyone else passes.
    /// </summary>
    /// <param name="providerOrganisation">The organisation that runs the service the change is to; null for anything that is not a service.</param>
    public static WorkflowDecision ProviderMayChange(Editor editor, string? providerOrganisation) =>
        !editor.IsProvider ? WorkflowDecision.Allowed
        : providerOrganisation is null ? WorkflowDecision.Refused("Service providers can change only their own services in the directory.")
        : editor.ProvidesFor(providerOrganisation) ? WorkflowDecision.Allowed
        : WorkflowDecision.Refused(editor.Provides.Count == 0
            ? "Your account is not linked to any organisation in the directory yet. Ask the Local Offer team to link it."
            : $"Your account keeps the services of {string.Join(" and ", editor.Provides)} only. Ask the Local Offer team if you also provide {providerOrganisation.Trim()}'s services.");

    /// <summary>
    /// Whether an owner's "still correct" link, made for the review date <paramref name="linkReviewBy"/>,
    /// may mark a page or service reviewed: only while it still has that date (so a link works once),
    /// and only for someone who still looks after it (or the board).
    /// </summary>
    /// <param name="providerOrganisation">For a service, the organisation that runs it: its provider's people may confirm it too.</param>
    public static WorkflowDecision ConfirmStillCorrect(Editor owner, string ownerOrganisation, DateOnly reviewBy, DateOnly linkReviewBy, string what, string? providerOrganisation = null) =>
        reviewBy != linkReviewBy
            ? WorkflowDecision.Refused($"This {what} has been reviewed since the link was sent, so the link no longer works.", Refusal.Changed)
            : owner.CanPublish || (!owner.IsProvider && owner.WorksFor(ownerOrganisation)) || (providerOrganisation is not null && owner.ProvidesFor(providerOrganisation))
                ? WorkflowDecision.Allowed
                : WorkflowDecision.Refused($"This link was sent to someone who no longer looks after this {what}.");

    public static WorkflowDecision Submit(ReviewState review) =>
        review.State is WorkflowState.Draft or WorkflowState.ChangesRequested
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refused("Only a draft, or one with changes requested, can be submitted for review.");

    /// <summary>Whether <paramref name="editor"/> could approve what is there now (the view's question: show the button or not).</summary>
    public static WorkflowDecision Approve(ReviewState review, Editor editor) => Approve(review, editor, review.Revision);

    /// <param name="seenRevision">The revision the reviewer's page showed them; null when the approval named none.</param>
    public static WorkflowDecision Approve(ReviewState review, Editor editor, int? seenRevision)
    {
        if (!editor.CanPublish)
        {
            return WorkflowDecision.Refused("Only the editorial board can approve and publish.");
        }

        if (review.State != WorkflowState.Submitted)
        {
            return WorkflowDecision.Refused("Only a change submitted for review can be approved.");
        }

        if (review.HasContributor(editor.Id))
        {
            return WorkflowDecision.Refused("You changed this since it was last approved, so another member of the editorial board must approve it.");
        }

        if (seenRevision is null)
        {
            return WorkflowDecision.Refused(NoRevisionNamed, Refusal.Malformed);
        }

        return seenRevision == review.Revision
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refused("This changed after you opened it, so nothing was approved. Read the new version and approve that if it is right.", Refusal.Changed);
    }

    /// <summary>Whether <paramref name="editor"/> may return this item at all (the view's question: show the form or not).</summary>
    public static WorkflowDecision RequestChanges(ReviewState review, Editor editor)
    {
        if (!editor.CanPublish)
        {
            return WorkflowDecision.Refused("Only the editorial board can request changes.");
        }

        if (review.State != WorkflowState.Submitted)
        {
            return WorkflowDecision.Refused("Changes can only be requested on a change submitted for review.");
        }

        if (string.Equals(review.SubmittedBy, editor.Id, StringComparison.Ordinal) || review.HasContributor(editor.Id))
        {
            return WorkflowDecision.Refused("You submitted or changed this, so another member of the editorial board must review it.");
        }

        return WorkflowDecision.Allowed;
    }

    public static WorkflowDecision RequestChanges(ReviewState review, Editor editor, string? comment) =>
        RequestChanges(review, editor) is { IsAllowed: false } refused ? refused
        : string.IsNullOrWhiteSpace(comment) ? WorkflowDecision.Refused("Say what needs to change.")
        : WorkflowDecision.Allowed;

    public static WorkflowDecision Unpublish(Editor editor) =>
        editor.CanPublish ? WorkflowDecision.Allowed : WorkflowDecision.Refused("Only the editorial board can unpublish.");
}

public sealed record WorkflowDecision(bool IsAllowed, string? Reason, Refusal Refusal = Refusal.NotAllowed)
{
    public static WorkflowDecision Allowed { get; } = new(true, null);

    public static WorkflowDecision Refused(string reason, Refusal refusal = Refusal.NotAllowed) => new(false, reason, refusal);
}

/// <summary>Why something was refused, where it matters to the answer: no right to do it, a draft changed since it was read, or a request missing what its form always sends.</summary>
public enum Refusal
{
    NotAllowed,
    Changed,
    Malformed,
}
