using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;

namespace BcpLocalOffer.IntegrationTests.ImprovementPlan;

/// <summary>Each of the plan's eight areas is found by a search that names the plan and the area, without pushing a guide down.</summary>
[Collection(SearchCollection.Name)]
public class PlanAreaSearchTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Theory]
    [InlineData("improvement plan exclusion and inclusion", "/improvement-plan/areas/8")]
    [InlineData("improvement plan joint commissioning", "/improvement-plan/areas/7")]
    [InlineData("improvement plan co-production", "/improvement-plan/areas/3")]
    public async Task A_search_naming_the_plan_and_an_area_finds_the_area(string query, string area)
    {
        await factory.WaitForSearchAsync();

        var results = (await SearchApi.GetAsync(factory.CreateClient(), query)).Results.Take(5).ToList();

        var found = Assert.Single(results, r => r.Url == area);
        Assert.Equal("improvement-plan-area", found.Type);
    }

    [Fact]
    public async Task The_guide_stays_above_the_area_for_the_words_they_share()
    {
        await factory.WaitForSearchAsync();

        var results = (await SearchApi.GetAsync(factory.CreateClient(), "EHCP")).Results.Select(r => r.Url).ToList();

        Assert.Equal("/education/ehc-needs-assessments-and-plans", results[0]);
    }
}
