using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;

namespace BcpLocalOffer.IntegrationTests.ImprovementPlan;

/// <summary>The plan's pages read memory, and search finds plan actions once published.</summary>
[Collection(IsolatedCollection.Name)]
public class ImprovementPlanFreshnessTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Fact]
    public async Task Plan_pages_and_downloads_are_served_from_memory_without_touching_the_database()
    {
        var client = factory.CreateClient();
        string[] pages =
        [
            "/improvement-plan", "/improvement-plan/areas/6", "/improvement-plan/actions/8A", "/improvement-plan/actions?status=not-started&overdue=true",
            "/improvement-plan/easy-read", "/improvement-plan/quarterly-reports", "/improvement-plan/plan.csv", "/improvement-plan/plan.json",
        ];
        await client.GetAsync("/improvement-plan");
        var before = factory.DatabaseCommands.Count;

        foreach (var page in pages)
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, factory.DatabaseCommands.Count);
    }

    [Fact]
    public async Task Search_finds_plan_actions_labelled_as_improvement_plan_actions()
    {
        var search = await factory.WaitForSearchAsync();

        var results = await search.SearchAsync(new Core.Search.SearchRequest("values led behaviours", null, null, 1));

        Assert.Contains(results.Hits, hit => hit.Url == "/improvement-plan/actions/1A" && hit.TypeLabel == "What we are changing: a plan action");
    }
}
