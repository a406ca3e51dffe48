using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.UnitTests.Publishing;

public class ScheduleRulesTests
{
    private static readonly Editor Board = new("board@example.test", CanPublish: true);
    private static readonly Editor Author = new("author@example.test", CanPublish: false);

    [Fact]
    public void The_board_can_schedule_someone_elses_submitted_version() =>
        Assert.True(ScheduleRules.SchedulePublish(Version(WorkflowState.Submitted, Author.Id), Board, liveVersionId: null).IsAllowed);

    [Fact]
    public void Nobody_can_schedule_their_own_change_to_publish() =>
        Assert.False(ScheduleRules.SchedulePublish(Version(WorkflowState.Submitted, Board.Id), Board, liveVersionId: null).IsAllowed);

    [Fact]
    public void An_author_cannot_schedule_anything()
    {
        Assert.False(ScheduleRules.SchedulePublish(Version(WorkflowState.Approved, "someone"), Author, liveVersionId: null).IsAllowed);
        Assert.False(ScheduleRules.ScheduleUnpublish(Author, isHomePage: false).IsAllowed);
    }

    [Theory]
    [InlineData(WorkflowState.Draft)]
    [InlineData(WorkflowState.ChangesRequested)]
    public void A_draft_cannot_be_scheduled_to_publish(WorkflowState state) =>
        Assert.False(ScheduleRules.SchedulePublish(Version(state, Author.Id), Board, liveVersionId: null).IsAllowed);

    [Fact]
    public void An_approved_version_can_be_scheduled_unless_it_is_already_live()
    {
        var version = Version(WorkflowState.Approved, Author.Id);

        Assert.True(ScheduleRules.SchedulePublish(version, Board, liveVersionId: null).IsAllowed);
        Assert.False(ScheduleRules.SchedulePublish(version, Board, liveVersionId: version.Id).IsAllowed);
    }

    [Fact]
    public void The_home_page_cannot_be_scheduled_to_unpublish() =>
        Assert.False(ScheduleRules.ScheduleUnpublish(Board, isHomePage: true).IsAllowed);

    private static ContentVersion Version(WorkflowState state, string author) => new() { Id = 7, Number = 3, CreatedBy = author, Review = new() { State = state, Revision = 3, Contributors = author } };
}
