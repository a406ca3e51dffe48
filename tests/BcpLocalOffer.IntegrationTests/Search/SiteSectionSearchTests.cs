using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// A family who types the name of a part of the site (as they would say it, or mistyped) gets
/// that part first, not a single plan action or a page that mentions it.
/// </summary>
[Collection(SearchCollection.Name)]
public class SiteSectionSearchTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Theory]
    [InlineData("You said – We did", "/you-said-we-did")]
    [InlineData("you said we did", "/you-said-we-did")]
    [InlineData("what you told us", "/you-said-we-did")]
    [InlineData("how is the improvement plan going", "/improvement-plan")]
    [InlineData("improvment plan", "/improvement-plan")]
    [InlineData("written statement of action", "/improvement-plan")]
    [InlineData("quarterly reports", "/improvement-plan/quarterly-reports")]
    [InlineData("easy read", "/improvement-plan/easy-read")]
    [InlineData("directory", "/directory")]
    [InlineData("find a service", "/directory")]
    [InlineData("have your say", "/have-your-say")]
    public async Task Searching_for_a_sections_name_puts_the_section_first(string query, string section)
    {
        await factory.WaitForSearchAsync();

        var response = await SearchApi.GetAsync(factory.CreateClient(), query);

        var first = Assert.IsType<SearchApiResult>(response.Results.FirstOrDefault());
        Assert.True(first.Url == section, $"'{query}' put {first.Url} first, not {section}; top 3: {string.Join(", ", response.Results.Take(3).Select(r => r.Url))}");
        Assert.Equal("section", first.Type);
    }
}
