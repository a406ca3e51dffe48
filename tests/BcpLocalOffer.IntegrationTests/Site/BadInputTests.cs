using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Site;

public class BadInputTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Fact]
    public async Task An_unknown_address_gets_the_404_page_with_a_search_box()
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/no-such-page/at-all");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1").Text());
        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name='q']"));
        Assert.NotNull(page.QuerySelector("footer"));
    }

    [Theory]
    [InlineData("/short-breaks/", "/short-breaks")]
    [InlineData("/Short-Breaks", "/short-breaks")]
    [InlineData("/EDUCATION/ehc-needs-assessments-and-plans/", "/education/ehc-needs-assessments-and-plans")]
    public async Task Addresses_that_differ_only_by_case_or_a_trailing_slash_redirect_permanently(string requested, string canonical)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(requested);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/%ff%fe")]
    [InlineData("/<script>alert(1)</script>")]
    [InlineData("/short-breaks?q=%ff%00%3Cscript%3E&q=1&q[]=2")]
    [InlineData("/?%=&&==&a[b]=%")]
    [InlineData("/error/999999999999")]
    [InlineData("/error/-1")]
    [InlineData("/sitemap.xml/extra")]
    [InlineData("/health/../appsettings.json")]
    [InlineData("/web.config")]
    [InlineData("/.git/config")]
    public async Task Malformed_and_hostile_requests_never_cause_a_server_error(string url)
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/page-feedback", "/short-breaks", "useful=no&page=%2F%00")]
    [InlineData("/have-your-say", "/have-your-say", "Comment=a%00b")]
    public async Task A_public_form_that_cannot_be_read_is_a_400_not_a_server_error(string action, string formPage, string body)
    {
        var client = factory.CreateNonRedirectingClient();
        var token = await Feedback.PublicForm.TokenAsync(client, formPage);

        var answer = await client.PostAsync(action, new StringContent(
            $"{body}&__FormToken={Uri.EscapeDataString(token)}", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task A_very_long_address_is_not_found_rather_than_an_error()
    {
        var response = await factory.CreateClient().GetAsync("/" + string.Join('/', Enumerable.Repeat("abcdefghij", 300)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Posting_to_a_content_page_is_refused_without_an_error()
    {
        var response = await factory.CreateClient().PostAsync("/short-breaks", new FormUrlEncodedContent([new("q", "x")]));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
