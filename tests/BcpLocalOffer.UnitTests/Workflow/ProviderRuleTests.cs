using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Identity;

namespace BcpLocalOffer.UnitTests.Workflow;

/// <summary>A service provider keeps their own organisations' listings and nothing else; everyone else is untouched by the rule.</summary>
public sealed class ProviderRuleTests
{
    private static readonly Editor Provider = new("provider@example.org", CanPublish: false)
    {
        IsProvider = true,
        Provides = ["Seaview Short Breaks Trust", "Harbourside Inclusive Leisure"],
    };

    [Fact]
    public void A_provider_may_change_a_service_of_any_of_their_organisations_however_its_name_is_spaced_or_cased() =>
        Assert.True(WorkflowRules.ProviderMayChange(Provider, " seaview short breaks trust ").IsAllowed);

    [Fact]
    public void A_provider_is_refused_another_organisations_service_and_told_which_services_they_keep()
    {
        var decision = WorkflowRules.ProviderMayChange(Provider, "Poole Wheelers");

        Assert.False(decision.IsAllowed);
        Assert.Contains("Seaview Short Breaks Trust and Harbourside Inclusive Leisure only", decision.Reason);
    }

    [Fact]
    public void A_provider_is_refused_anything_that_is_not_a_service() =>
        Assert.Equal("Service providers can change only their own services in the directory.", WorkflowRules.ProviderMayChange(Provider, null).Reason);

    [Fact]
    public void A_provider_linked_to_no_organisation_is_told_to_ask_for_one() =>
        Assert.Contains("not linked to any organisation", WorkflowRules.ProviderMayChange(Provider with { Provides = [] }, "Poole Wheelers").Reason);

    [Fact]
    public void Authors_and_the_board_are_not_limited_by_the_provider_rule()
    {
        Assert.True(WorkflowRules.ProviderMayChange(new Editor("author@example.org", false, Organisation: "SENDIASS"), "Poole Wheelers").IsAllowed);
        Assert.True(WorkflowRules.ProviderMayChange(new Editor("board@example.org", true), null).IsAllowed);
    }

    [Fact]
    public void A_providers_change_to_their_own_service_is_not_a_proposal_from_another_organisation() =>
        Assert.False(WorkflowRules.IsProposal(Provider, "BCP Council Short Breaks Team"));

    [Fact]
    public void Only_an_account_that_is_a_provider_and_nothing_more_is_held_at_the_provider_boundary()
    {
        Assert.True(EditorialRoles.IsProviderOnly([EditorialRoles.Provider]));
        Assert.False(EditorialRoles.IsProviderOnly([EditorialRoles.Provider, EditorialRoles.Author]));
        Assert.False(EditorialRoles.IsProviderOnly([EditorialRoles.Author]));
        Assert.False(EditorialRoles.IsProviderOnly([]));
    }

    [Fact]
    public void A_provider_confirms_their_own_service_still_correct_but_not_a_page_kept_by_the_organisation_named_on_their_account()
    {
        var reviewBy = new DateOnly(2027, 3, 1);
        var alsoNamed = Provider with { Organisation = "BCP Council Short Breaks Team" };

        Assert.True(WorkflowRules.ConfirmStillCorrect(Provider, "BCP Council Short Breaks Team", reviewBy, reviewBy, "service", "Seaview Short Breaks Trust").IsAllowed);
        Assert.False(WorkflowRules.ConfirmStillCorrect(Provider, "BCP Council Short Breaks Team", reviewBy, reviewBy, "service", "Poole Wheelers").IsAllowed);
        Assert.False(WorkflowRules.ConfirmStillCorrect(alsoNamed, "BCP Council Short Breaks Team", reviewBy, reviewBy, "page").IsAllowed);
    }
}
