using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;

namespace BcpLocalOffer.UnitTests.Publishing;

public class WorkflowRulesTests
{
    private static readonly Editor Author = new("author-1", CanPublish: false);
    private static readonly Editor BoardMember = new("board-1", CanPublish: true);

    [Fact]
    public void A_board_member_approves_someone_elses_submitted_change() =>
        Assert.True(WorkflowRules.Approve(Version(WorkflowState.Submitted, Author.Id), BoardMember).IsAllowed);

    [Fact]
    public void Nobody_approves_their_own_change_not_even_the_board()
    {
        var decision = WorkflowRules.Approve(Version(WorkflowState.Submitted, BoardMember.Id), BoardMember);

        Assert.False(decision.IsAllowed);
        Assert.Contains("another member of the editorial board", decision.Reason);
    }

    [Fact]
    public void Authors_cannot_approve_request_changes_or_unpublish()
    {
        var submitted = Version(WorkflowState.Submitted, "someone-else");

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
        Assert.Equal(allowed, WorkflowRules.Submit(Version(state, Author.Id), Author).IsAllowed);

    [Fact]
    public void Only_submitted_changes_can_be_approved() =>
        Assert.False(WorkflowRules.Approve(Version(WorkflowState.Draft, Author.Id), BoardMember).IsAllowed);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Requesting_changes_needs_a_comment(string? comment) =>
        Assert.False(WorkflowRules.RequestChanges(Version(WorkflowState.Submitted, Author.Id), BoardMember, comment).IsAllowed);

    private static ContentVersion Version(WorkflowState state, string author) => new() { State = state, CreatedBy = author, Name = "Page" };
}
