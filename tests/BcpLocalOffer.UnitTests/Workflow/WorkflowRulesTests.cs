using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.UnitTests.Workflow;

public class WorkflowRulesTests
{
    private static readonly Editor Author = new("author-1", CanPublish: false);
    private static readonly Editor BoardMember = new("board-1", CanPublish: true);
    private static readonly Editor OtherBoardMember = new("board-2", CanPublish: true);

    [Fact]
    public void A_board_member_approves_someone_elses_submitted_change() =>
        Assert.True(WorkflowRules.Approve(Submitted(by: Author.Id), BoardMember).IsAllowed);

    [Fact]
    public void Nobody_approves_their_own_change_not_even_the_board()
    {
        var decision = WorkflowRules.Approve(Submitted(by: BoardMember.Id), BoardMember);

        Assert.False(decision.IsAllowed);
        Assert.Contains("another member of the editorial board", decision.Reason);
    }

    [Fact]
    public void A_board_member_whose_words_a_colleague_re_saved_still_cannot_approve_them()
    {
        var review = ReviewState.NewDraft(BoardMember.Id);
        review.Edited(OtherBoardMember.Id);
        review.Submit(OtherBoardMember.Id, At);

        Assert.False(WorkflowRules.Approve(review, BoardMember).IsAllowed);
        Assert.False(WorkflowRules.Approve(review, OtherBoardMember).IsAllowed);
        Assert.True(WorkflowRules.Approve(review, new Editor("board-3", CanPublish: true)).IsAllowed);
    }

    [Fact]
    public void A_version_carries_every_contributor_since_the_last_approved_one_and_an_approval_starts_afresh()
    {
        var first = ReviewState.NewDraft(BoardMember.Id);
        var second = first.ForNextVersion(2, OtherBoardMember.Id);
        Assert.Equal([BoardMember.Id, OtherBoardMember.Id], second.ContributorIds);

        second.Submit(OtherBoardMember.Id, At);
        second.Approve("board-3", At, null);
        var third = second.ForNextVersion(3, Author.Id);

        Assert.Equal([Author.Id], third.ContributorIds);
        Assert.Equal(3, third.Revision);
        Assert.Equal(WorkflowState.Draft, third.State);
    }

    [Fact]
    public void An_approval_names_the_revision_the_reviewer_read_and_any_other_is_refused()
    {
        var review = Submitted(by: Author.Id);
        var read = review.Revision;

        Assert.True(WorkflowRules.Approve(review, BoardMember, read).IsAllowed);
        var stale = WorkflowRules.Approve(review, BoardMember, read - 1);
        Assert.False(stale.IsAllowed);
        Assert.Contains("changed after you opened it", stale.Reason);
        Assert.False(WorkflowRules.Approve(review, BoardMember, read + 1).IsAllowed);
    }

    [Fact]
    public void Every_change_in_place_is_a_new_revision_and_puts_the_item_back_to_draft()
    {
        var review = ReviewState.NewDraft(Author.Id);
        var before = review.Revision;
        review.ReturnWithChanges(BoardMember.Id, At, "Shorter please");

        review.Edited(Author.Id);

        Assert.Equal(before + 1, review.Revision);
        Assert.Equal(WorkflowState.Draft, review.State);
    }

    [Fact]
    public void Nobody_requests_changes_on_their_own_submission()
    {
        var review = Submitted(by: BoardMember.Id);

        var own = WorkflowRules.RequestChanges(review, BoardMember, "I will rewrite it");

        Assert.False(own.IsAllowed);
        Assert.True(WorkflowRules.RequestChanges(review, OtherBoardMember, "Please rewrite it").IsAllowed);
    }

    [Fact]
    public void Someone_who_submitted_a_colleagues_draft_cannot_request_changes_to_it_either()
    {
        var review = ReviewState.NewDraft(Author.Id);
        review.Submit(BoardMember.Id, At);

        Assert.False(WorkflowRules.RequestChanges(review, BoardMember, "Rewrite").IsAllowed);
    }

    [Fact]
    public void Authors_cannot_approve_request_changes_or_unpublish()
    {
        var submitted = Submitted(by: "someone-else");

        Assert.False(WorkflowRules.Approve(submitted, Author).IsAllowed);
        Assert.False(WorkflowRules.RequestChanges(submitted, Author, "Fix it").IsAllowed);
        Assert.False(WorkflowRules.Unpublish(Author).IsAllowed);
    }

    [Theory]
    [InlineData(WorkflowState.Draft, true)]
    [InlineData(WorkflowState.ChangesRequested, true)]
    [InlineData(WorkflowState.Submitted, false)]
    [InlineData(WorkflowState.Approved, false)]
    public void Only_drafts_and_returned_changes_can_be_submitted(WorkflowState state, bool allowed) =>
        Assert.Equal(allowed, WorkflowRules.Submit(new ReviewState { State = state }).IsAllowed);

    [Theory]
    [InlineData(WorkflowState.Draft, true)]
    [InlineData(WorkflowState.ChangesRequested, true)]
    [InlineData(WorkflowState.Submitted, false)]
    [InlineData(WorkflowState.Approved, true)]
    public void Nothing_waiting_for_review_is_changed_under_the_reviewer(WorkflowState state, bool allowed) =>
        Assert.Equal(allowed, WorkflowRules.Edit(new ReviewState { State = state }).IsAllowed);

    [Theory]
    [InlineData(WorkflowState.Draft)]
    [InlineData(WorkflowState.ChangesRequested)]
    [InlineData(WorkflowState.Approved)]
    public void Only_submitted_changes_can_be_approved_or_returned(WorkflowState state)
    {
        var review = new ReviewState { State = state, Contributors = Author.Id };

        Assert.False(WorkflowRules.Approve(review, BoardMember).IsAllowed);
        Assert.False(WorkflowRules.RequestChanges(review, BoardMember, "Fix it").IsAllowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Requesting_changes_needs_a_comment(string? comment) =>
        Assert.False(WorkflowRules.RequestChanges(Submitted(by: Author.Id), BoardMember, comment).IsAllowed);

    private static readonly DateTimeOffset At = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static ReviewState Submitted(string by)
    {
        var review = ReviewState.NewDraft(by);
        review.Submit(by, At);
        return review;
    }
}
