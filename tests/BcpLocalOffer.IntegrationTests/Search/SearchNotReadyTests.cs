using System.Net;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// While a node's index is first built, search says so and asks to be tried again, rather than
/// failing or claiming there are no results. The index is held back by a search that never becomes ready.
/// </summary>
[Collection(SearchCollection.Name)]
public sealed class SearchNotReadyTests : IAsyncLifetime
{
    private readonly SearchSiteFactory site = new();
    private WebApplicationFactory<Program>? notReady;

    public Task InitializeAsync()
    {
        notReady = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ISearchService, NeverReady>()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (notReady is not null)
        {
            await notReady.DisposeAsync();
        }

        await site.DisposeWithDataAsync();
    }

    [Fact]
    public async Task The_results_page_asks_families_to_try_again_shortly()
    {
        var (response, page) = await HtmlPage.GetAsync(notReady!.CreateClient(), "/search?q=short+breaks");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("10", response.Headers.RetryAfter?.ToString());
        Assert.Contains("Search is being prepared", page.QuerySelector("main").Text());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        Assert.Equal("short breaks", page.QuerySelector("main form[action='/search'] input[name='q']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_api_answers_503_with_a_problem_description_and_the_suggestions_are_empty()
    {
        var client = notReady!.CreateClient();

        var api = await client.GetAsync("/api/search?q=short+breaks");
        var suggestions = await client.GetAsync("/api/search/suggestions?q=shor");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, suggestions.StatusCode);
        Assert.Equal("[]", await suggestions.Content.ReadAsStringAsync());
    }

    private sealed class NeverReady : ISearchService
    {
        public bool IsReady => false;

        public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) => throw new InvalidOperationException("searched before the index was ready");

        public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8) => throw new InvalidOperationException("suggested before the index was ready");
    }
}
