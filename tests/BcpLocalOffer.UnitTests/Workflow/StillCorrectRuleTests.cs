using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.UnitTests.Workflow;

public sealed class StillCorrectRuleTests
{
    private static readonly DateOnly ReviewBy = new(2027, 3, 1);
    private static readonly Editor Owner = new("owner@example.org", CanPublish: false, Organisation: "Parent Carers Together");

    [Fact]
    public void The_owner_confirms_while_the_review_date_is_the_one_the_link_was_made_for() =>
        Assert.True(WorkflowRules.ConfirmStillCorrect(Owner, " parent carers together ", ReviewBy, ReviewBy, "page").IsAllowed);

    [Fact]
    public void A_link_for_an_older_review_date_has_been_used_or_overtaken()
    {
        var decision = WorkflowRules.ConfirmStillCorrect(Owner, "Parent Carers Together", ReviewBy.AddMonths(6), ReviewBy, "service");

        Assert.Equal(Refusal.Changed, decision.Refusal);
        Assert.Contains("has been reviewed since", decision.Reason);
    }

    [Fact]
    public void Someone_who_no_longer_looks_after_it_is_refused_but_the_board_may_confirm_anything()
    {
        var moved = Owner with { Organisation = "SENDIASS" };

        Assert.Equal(Refusal.NotAllowed, WorkflowRules.ConfirmStillCorrect(moved, "Parent Carers Together", ReviewBy, ReviewBy, "page").Refusal);
        Assert.True(WorkflowRules.ConfirmStillCorrect(moved with { CanPublish = true }, "Parent Carers Together", ReviewBy, ReviewBy, "page").IsAllowed);
    }
}
