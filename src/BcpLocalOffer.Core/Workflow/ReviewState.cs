namespace BcpLocalOffer.Core.Workflow;

/// <summary>
/// Where a reviewable item is on its way to the public, held the same way by every kind of
/// content (pages, services, plan status changes, quarterly reports, "You said – We did"
/// entries, media): the state, who submitted and reviewed it, the board's comment, everyone who
/// changed it since it was last approved and the revision a reviewer's approval must name.
/// </summary>
public sealed class ReviewState
{
    /// <summary>Account ids cannot hold a line break, so one separates them in the stored list.</summary>
    private const char Separator = '\n';

    public WorkflowState State { get; set; } = WorkflowState.Draft;

    /// <summary>
    /// Moves on whenever what would be published changes. The review page posts the revision the
    /// reviewer read, and an approval of any other revision is refused: nobody approves words
    /// they have not seen.
    /// </summary>
    public int Revision { get; set; } = 1;

    /// <summary>Everyone who changed the item since its last approved version, one account id a line.</summary>
    public string Contributors { get; set; } = "";

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The board's comment when it asked for changes, or when it approved.</summary>
    public string? Comment { get; set; }

    public IReadOnlyList<string> ContributorIds => Contributors.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    public bool IsWaitingForReview => State == WorkflowState.Submitted;

    public bool HasContributor(string accountId) => ContributorIds.Contains(accountId, StringComparer.Ordinal);

    /// <summary>A first draft, written by <paramref name="author"/>.</summary>
    public static ReviewState NewDraft(string author) => new() { Contributors = author };

    /// <summary>
    /// An item published as it came (from the content seed or an import): approved by nobody in
    /// particular, so whoever edits it next starts a new round of review.
    /// </summary>
    public static ReviewState Imported(string source) => new() { State = WorkflowState.Approved, Contributors = source };

    /// <summary>
    /// The review state of a new version copied from this one (pages and services keep every
    /// version). Contributors carry over until a version is approved, so whoever changed any
    /// version since the last approved one is still known when the newest is reviewed.
    /// </summary>
    public ReviewState ForNextVersion(int revision, string author) => new()
    {
        Revision = revision,
        Contributors = Join(State == WorkflowState.Approved ? [author] : [.. ContributorIds, author]),
    };

    /// <summary>The item was changed in place: a new revision, a draft again, and its editor a contributor.</summary>
    public void Edited(string editor)
    {
        Contributors = Join(State == WorkflowState.Approved ? [editor] : [.. ContributorIds, editor]);
        Revision++;
        State = WorkflowState.Draft;
    }

    public void Submit(string by, DateTimeOffset at) => (State, SubmittedBy, SubmittedAt) = (WorkflowState.Submitted, by, at);

    public void ReturnWithChanges(string by, DateTimeOffset at, string comment) =>
        (State, ReviewedBy, ReviewedAt, Comment) = (WorkflowState.ChangesRequested, by, at, comment);

    public void Approve(string by, DateTimeOffset at, string? comment) =>
        (State, ReviewedBy, ReviewedAt, Comment) = (WorkflowState.Approved, by, at, comment);

    private static string Join(IEnumerable<string> ids) => string.Join(Separator, ids.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal));
}

/// <summary>Anything that goes through the editorial workflow carries one review state.</summary>
public interface IReviewable
{
    ReviewState Review { get; set; }
}
