using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>The JSON search API and the suggestions the search box shows as a family types.</summary>
[Collection(SearchCollection.Name)]
public class SearchApiTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_api_answers_with_the_total_the_page_and_each_result_s_title_address_type_and_extract()
    {
        await factory.WaitForSearchAsync();
        var response = await client.GetAsync("/api/search?q=direct+payments");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["total", "page", "results"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("total").GetInt32() > 1);
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.InRange(results.Count, 2, SearchRequest.PageSize);
        Assert.All(results, result =>
        {
            Assert.Equal(["title", "url", "type", "snippet"], result.EnumerateObject().Select(p => p.Name));
            Assert.All(result.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetString()), p.Name + " is empty"));
            Assert.StartsWith("/", result.GetProperty("url").GetString());
            Assert.Contains(result.GetProperty("type").GetString(), new[] { "page", "guide", "graduated-response", "step-by-step", "glossary", "improvement-plan-action", "improvement-plan-area", "section", "you-said-we-did", "annual-report" });
            Assert.DoesNotContain("<", result.GetProperty("snippet").GetString());
        });
    }

    [Theory]
    [InlineData("direct payments", "/money-and-personal-budgets/direct-payments")]
    [InlineData("EHCP", "/education/ehc-needs-assessments-and-plans")]
    [InlineData("annual review", "/education/ehc-needs-assessments-and-plans/annual-reviews")]
    [InlineData("supported internships", "/preparing-for-adulthood/supported-internships")]
    [InlineData("SENDIASS", "/help-and-advice/sendiass")]
    public async Task The_best_page_for_a_clear_search_comes_first(string query, string expectedFirst)
    {
        await factory.WaitForSearchAsync();

        Assert.Equal(expectedFirst, (await SearchApi.GetAsync(client, query)).Results[0].Url);
    }

    [Fact]
    public async Task The_type_parameter_returns_only_results_of_that_type()
    {
        await factory.WaitForSearchAsync();
        var all = await SearchApi.GetAsync(client, "support");
        var graduated = await SearchApi.GetAsync(client, "support", "&type=graduated-response");

        Assert.Contains(all.Results, r => r.Type != "graduated-response");
        Assert.NotEmpty(graduated.Results);
        Assert.All(graduated.Results, r => Assert.Equal("graduated-response", r.Type));
        Assert.InRange(graduated.Total, 1, all.Total - 1);
    }

    [Fact]
    public async Task The_page_parameter_returns_the_next_results_and_a_page_past_the_end_returns_none()
    {
        await factory.WaitForSearchAsync();
        var first = await SearchApi.GetAsync(client, "support");
        var second = await SearchApi.GetAsync(client, "support", "&page=2");
        var beyond = await SearchApi.GetAsync(client, "support", "&page=50");

        Assert.True(first.Total > SearchRequest.PageSize);
        Assert.Equal(2, second.Page);
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(Math.Min(SearchRequest.PageSize, first.Total - SearchRequest.PageSize), second.Results.Count);
        Assert.Empty(first.Results.Select(r => r.Url).Intersect(second.Results.Select(r => r.Url)));
        Assert.Empty(beyond.Results);
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20")]
    public async Task The_api_refuses_a_search_with_no_words_with_a_problem_description(string url)
    {
        await AssertProblemAsync(await client.GetAsync(url));
    }

    [Fact]
    public async Task The_api_refuses_search_words_longer_than_the_limit()
    {
        await AssertProblemAsync(await client.GetAsync("/api/search?q=" + new string('a', SearchRequest.MaxTextLength + 1)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=" + new string('a', SearchRequest.MaxTextLength))).StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("200 characters", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Typing_the_start_of_a_title_suggests_that_page()
    {
        await factory.WaitForSearchAsync();
        var suggestions = await client.GetFromJsonAsync<List<SuggestionJson>>("/api/search/suggestions?q=shor");

        Assert.Contains(new SuggestionJson("Short breaks", "/short-breaks"), suggestions!);
        Assert.Equal("Short breaks", suggestions![0].Title);
    }

    [Fact]
    public async Task Typing_the_start_of_an_abbreviation_suggests_it_as_a_search()
    {
        await factory.WaitForSearchAsync();
        var suggestions = await client.GetFromJsonAsync<List<SuggestionJson>>("/api/search/suggestions?q=sal");

        Assert.Contains(new SuggestionJson("SALT", null), suggestions!);
    }

    [Fact]
    public async Task At_most_eight_suggestions_are_offered()
    {
        var search = await factory.WaitForSearchAsync();
        Assert.True(search.Suggest("s", 20).Count > 8, "too few titles start with 's' to test the limit");

        var suggestions = await client.GetFromJsonAsync<List<SuggestionJson>>("/api/search/suggestions?q=s");

        Assert.Equal(8, suggestions!.Count);
    }

    [Theory]
    [InlineData("/api/search/suggestions?q=")]
    [InlineData("/api/search/suggestions")]
    [InlineData("/api/search/suggestions?q=%20")]
    public async Task Nothing_typed_gets_no_suggestions(string url)
    {
        await factory.WaitForSearchAsync();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    private sealed record SuggestionJson(string Title, string? Url);
}
