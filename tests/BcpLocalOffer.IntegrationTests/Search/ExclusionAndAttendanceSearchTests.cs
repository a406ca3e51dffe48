using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// A child who is excluded, on a part-time timetable or too anxious to go to school has pages of
/// their own, and the words a parent would type find them.
/// </summary>
[Collection(SearchCollection.Name)]
public class ExclusionAndAttendanceSearchTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private const string Exclusions = "/education/exclusions-and-part-time-timetables";
    private const string CannotGo = "/education/when-your-child-cannot-go-to-school";

    [Theory]
    [InlineData("permanent exclusion", Exclusions)]
    [InlineData("suspended from school", Exclusions)]
    [InlineData("part time timetable", Exclusions)]
    [InlineData("independent review panel", Exclusions)]
    [InlineData("school anxiety", CannotGo)]
    [InlineData("my child refuses to go to school", CannotGo)]
    [InlineData("too unwell to go to school", CannotGo)]
    public async Task A_parents_words_find_the_page_in_the_top_three(string query, string page)
    {
        await factory.WaitForSearchAsync();

        var urls = (await SearchApi.GetAsync(factory.CreateClient(), query)).Results.Select(r => r.Url).Take(3).ToList();

        Assert.True(urls.Contains(page), $"'{query}': top 3 were {string.Join(", ", urls)}, not {page}");
    }

    [Theory]
    [InlineData(Exclusions, "Your right to a review")]
    [InlineData(CannotGo, "Education when your child is too unwell to attend")]
    public async Task The_pages_are_published_from_the_seed(string path, string heading)
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("main h2"), h => h.Text() == heading);
    }
}
