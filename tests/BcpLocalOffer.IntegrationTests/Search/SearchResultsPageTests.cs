using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>The results page as a family uses it: what it says, what it links to and where its filters and pages lead.</summary>
[Collection(SearchCollection.Name)]
public partial class SearchResultsPageTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private static readonly string[] TypeLabels = ["Information page", "Guide", "Help at nursery, school or college (graduated response)", "Step by step", "A word explained", "What we are changing: a plan action", "Improvement plan: one of its 8 areas"];

    [GeneratedRegex(@"^(\d+) results? for ‘(.+)’")]
    private static partial Regex ResultCount();

    private async Task<(HttpResponseMessage Response, IDocument Page)> SearchAsync(HttpClient client, string url)
    {
        await factory.WaitForSearchAsync();
        return await HtmlPage.GetAsync(client, url);
    }

    private static IReadOnlyList<IElement> Results(IDocument page) => page.QuerySelectorAll("li.app-search-result").ToList();

    private static List<string> ResultLinks(IDocument page) =>
        Results(page).Select(r => r.QuerySelector("h2 a")?.GetAttribute("href") ?? "").ToList();

    private static int ShownTotal(IDocument page)
    {
        var match = ResultCount().Match(page.QuerySelector("main [role='status']").Text());
        Assert.True(match.Success, $"no result count in '{page.QuerySelector("main [role='status']").Text()}'");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Results_show_how_many_were_found_and_link_each_title_to_its_page_with_its_type_and_a_highlighted_extract()
    {
        var client = factory.CreateClient();
        var (response, page) = await SearchAsync(client, "/search?q=direct+payments");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = ResultCount().Match(page.QuerySelector("main [role='status']").Text());
        Assert.True(status.Success);
        Assert.Equal("direct payments", status.Groups[2].Value);
        Assert.Equal((await SearchApi.GetAsync(client, "direct payments")).Total, ShownTotal(page));
        Assert.Contains("direct payments", page.Title, StringComparison.OrdinalIgnoreCase);

        var results = Results(page);
        Assert.Equal(10, results.Count);
        Assert.All(results, result =>
        {
            Assert.Contains(TypeLabels, label => result.QuerySelector(".app-search-result__meta").Text().StartsWith(label, StringComparison.Ordinal));
            Assert.NotEqual("", result.QuerySelector("h2 a").Text());
        });

        // A title leads to the page it names.
        foreach (var result in results.Take(3))
        {
            var link = result.QuerySelector("h2 a")!;
            var (linked, target) = await HtmlPage.GetAsync(client, link.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
            Assert.Equal(link.Text(), target.QuerySelector("h1").Text());
        }

        // The searched words are marked in the extracts, and only those words.
        var marked = page.QuerySelectorAll("li.app-search-result mark").Select(m => m.Text().ToLowerInvariant()).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.Matches("^(direct|payments?)$", word));
    }

    [Fact]
    public async Task The_results_page_has_one_search_box_and_it_keeps_what_was_searched_for()
    {
        var (_, page) = await SearchAsync(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString("travel to college"));

        Assert.Equal("travel to college", Assert.Single(page.QuerySelectorAll("form[action='/search'] input[name='q']")).GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("header form[action='/search']"));
        var (_, empty) = await SearchAsync(factory.CreateClient(), "/search");
        Assert.NotNull(Assert.Single(empty.QuerySelectorAll("form[action='/search'] input[name='q']")).Closest("main"));
    }

    [Fact]
    public async Task Filters_show_counts_and_choosing_a_type_narrows_the_results_to_that_type()
    {
        var client = factory.CreateClient();
        var (_, page) = await SearchAsync(client, "/search?q=support");
        var total = ShownTotal(page);

        var filters = page.QuerySelectorAll("nav.app-search-filters a").ToList();
        var typeFilters = filters
            .Select(a => (Link: a, Match: Regex.Match(a.Text(), @"^(Information page|Guide|Help at nursery, school or college \(graduated response\)|Step by step|A word explained|What we are changing: a plan action|Improvement plan: one of its 8 areas) \((\d+)\)$")))
            .Where(f => f.Match.Success)
            .ToList();
        Assert.Equal(TypeLabels.Order(), typeFilters.Select(f => f.Match.Groups[1].Value).Order());
        Assert.Equal(total, typeFilters.Sum(f => int.Parse(f.Match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        var ageFilters = filters.Where(a => a.GetAttribute("href")!.Contains("phase=", StringComparison.Ordinal)).Select(a => a.Text()).ToList();
        Assert.Equal(3, ageFilters.Count);
        Assert.All(ageFilters, label => Assert.Matches(@"^(Early years \(0 to 5\)|School age \(5 to 16\)|Post-16 \(16 to 25\)) \(\d+\)$", label));

        var guides = typeFilters.Single(f => f.Match.Groups[1].Value == "Guide");
        var (response, filtered) = await HtmlPage.GetAsync(client, guides.Link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(int.Parse(guides.Match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), ShownTotal(filtered));
        Assert.True(ShownTotal(filtered) < total);
        Assert.Contains("with the filters chosen", filtered.QuerySelector("main [role='status']").Text());
        Assert.All(Results(filtered), result => Assert.StartsWith("Guide", result.QuerySelector(".app-search-result__meta").Text()));
        Assert.Equal("Guide (" + guides.Match.Groups[2].Value + ")", filtered.QuerySelector("nav.app-search-filters strong[aria-current]").Text());

        // "All types" takes the filter off again.
        var all = filtered.QuerySelectorAll("nav.app-search-filters a").Single(a => a.Text() == "All types");
        Assert.Equal(total, ShownTotal((await HtmlPage.GetAsync(client, all.GetAttribute("href")!)).Document));
    }

    [Fact]
    public async Task A_broad_search_is_split_into_pages_of_ten_and_the_page_links_show_the_next_and_previous_ten()
    {
        var client = factory.CreateClient();
        var (_, first) = await SearchAsync(client, "/search?q=support");
        Assert.True(ShownTotal(first) > 10, "the broad search found too few results to need pages");
        var firstLinks = ResultLinks(first);
        Assert.Equal(10, firstLinks.Count);
        Assert.Null(first.QuerySelector("nav.govuk-pagination a[rel='prev']"));

        var next = first.QuerySelector("nav.govuk-pagination a[rel='next']")?.GetAttribute("href");
        Assert.NotNull(next);
        var (response, second) = await HtmlPage.GetAsync(client, next);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var secondLinks = ResultLinks(second);
        Assert.NotEmpty(secondLinks);
        Assert.Empty(secondLinks.Intersect(firstLinks));
        Assert.Equal("11", second.QuerySelector("ol.app-search-results")?.GetAttribute("start"));
        Assert.Equal("2", second.QuerySelector("nav.govuk-pagination [aria-current='page']").Text());
        Assert.Equal(ShownTotal(first), ShownTotal(second));

        var previous = second.QuerySelector("nav.govuk-pagination a[rel='prev']")?.GetAttribute("href");
        Assert.NotNull(previous);
        Assert.Equal(firstLinks, ResultLinks((await HtmlPage.GetAsync(client, previous)).Document));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_and_offers_other_ways_to_find_information()
    {
        var (response, page) = await SearchAsync(factory.CreateClient(), "/search?q=zzqxj");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, ShownTotal(page));
        Assert.Equal("We could not find anything for ‘zzqxj’", page.QuerySelector("main h2").Text());
        Assert.Contains("check the spelling", page.QuerySelector("main").Text());
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var section in new[] { "/education", "/health-and-care", "/short-breaks", "/money-and-personal-budgets", "/preparing-for-adulthood", "/help-and-advice", "/contact" })
        {
            Assert.Contains(section, links);
        }

        Assert.Empty(Results(page));
    }

    [Fact]
    public async Task A_misspelled_search_that_finds_little_offers_the_correct_spelling_and_the_link_searches_for_it()
    {
        var client = factory.CreateClient();
        var (_, page) = await SearchAsync(client, "/search?q=tribunel");
        var found = ShownTotal(page);

        var suggestion = page.QuerySelectorAll("main p").SingleOrDefault(p => p.Text().StartsWith("Did you mean", StringComparison.Ordinal));
        Assert.NotNull(suggestion);
        var link = suggestion.QuerySelector("a")!;
        Assert.Equal("tribunal", link.Text());

        var (response, corrected) = await HtmlPage.GetAsync(client, link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("tribunal", corrected.QuerySelector("form[action='/search'] input[name='q']")?.GetAttribute("value"));
        Assert.True(ShownTotal(corrected) >= found);
        Assert.Contains("/education/ehc-needs-assessments-and-plans/if-you-disagree", ResultLinks(corrected).Take(3));
        Assert.DoesNotContain(corrected.QuerySelectorAll("main p"), p => p.Text().StartsWith("Did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_words_longer_than_the_limit_get_an_error_message_not_a_search()
    {
        var (response, page) = await SearchAsync(factory.CreateClient(), "/search?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Search words must be 200 characters or fewer", page.QuerySelector(".govuk-error-summary__list a").Text());
        Assert.Equal("#search-page-q", page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Empty(Results(page));
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("\"unclosed")]
    [InlineData("a AND OR NOT b")]
    [InlineData("*?~^")]
    [InlineData("\\")]
    [InlineData("\\\\")]
    [InlineData("[ TO ]")]
    [InlineData("{* TO *}")]
    [InlineData("short~2 breaks^10")]
    [InlineData("+-&&||!(){}[]^\"~*?:\\/")]
    [InlineData("body:/.*/")]
    public async Task Lucene_query_syntax_typed_into_the_box_is_just_text(string typed)
    {
        var client = factory.CreateClient();
        var (response, _) = await SearchAsync(client, "/search?q=" + Uri.EscapeDataString(typed));
        var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(typed));
        var suggestions = await client.GetAsync("/api/search/suggestions?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suggestions.StatusCode);
    }

    [Fact]
    public async Task Quotes_and_operators_around_real_words_still_find_the_pages_for_those_words()
    {
        var client = factory.CreateClient();
        await factory.WaitForSearchAsync();

        foreach (var typed in new[] { "\"short breaks", "short AND breaks", "title:(short breaks", "short* breaks~" })
        {
            var results = await SearchApi.GetAsync(client, typed);
            Assert.True(results.Results.Take(3).All(r => r.Url.StartsWith("/short-breaks", StringComparison.Ordinal)), $"'{typed}' found {string.Join(", ", results.Results.Take(3).Select(r => r.Url))}");
        }
    }
}
