using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>The board's whole flow through the back office's own pages and forms.</summary>
public partial class EditorialJourneyTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly string ShortBreaks = SeedKeys.ForTreePath("short-breaks").ToString();

    [GeneratedRegex("/editorial/content/([0-9a-f-]{36})/edit")]
    private static partial Regex EditAddress();

    [Fact]
    public async Task An_author_writes_a_page_a_board_member_approves_it_and_families_can_read_it()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var created = await author.PostFormAsync($"/editorial/content/new?parent={ShortBreaks}", "/editorial/content/new", new Dictionary<string, string>
        {
            ["Parent"] = ShortBreaks,
            ["DocumentType"] = "contentPage",
            ["Name"] = "Saturday clubs",
            ["Summary"] = "Clubs on Saturdays for disabled children.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = EditAddress().Match(created.Headers.Location!.OriginalString).Groups[1].Value;

        var saved = await author.PostFormAsync($"/editorial/content/{key}/edit", $"/editorial/content/{key}/edit", new Dictionary<string, string>
        {
            ["BasedOnVersion"] = "1",
            ["Name"] = "Saturday clubs",
            ["Summary"] = "Clubs on Saturdays for disabled children.",
            ["Body"] = "## Where they run\n\nIn Bournemouth and Poole.",
            ["OwnerOrganisation"] = "Parent Carers Together",
            ["ReviewBy"] = "2027-06-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var submitted = await author.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/submit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var ownApproval = await author.PostFormAsync("/editorial", $"/editorial/content/{key}/versions/2/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, ownApproval.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/short-breaks/saturday-clubs")).StatusCode);

        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        var details = await board.Client.GetStringAsync($"/editorial/content/{key}");
        Assert.Contains("Awaiting review", details);
        var approved = await board.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var publicPage = await factory.CreateClient().GetStringAsync("/short-breaks/saturday-clubs");
        Assert.Contains("In Bournemouth and Poole.", publicPage);
        Assert.Contains("Parent Carers Together", publicPage);
    }

    [Fact]
    public async Task A_form_with_mistakes_comes_back_with_every_error_and_the_text_as_typed()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var glossary = SeedKeys.ForTreePath("help-and-advice/glossary");

        var response = await author.PostFormAsync($"/editorial/content/{glossary}/edit", $"/editorial/content/{glossary}/edit", new Dictionary<string, string>
        {
            ["BasedOnVersion"] = "1",
            ["Name"] = "",
            ["Summary"] = "",
            ["Body"] = "Text I must not lose",
            ["OwnerOrganisation"] = "Not a partner",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Enter the page title", html);
        Assert.Contains("Select the organisation that keeps this page up to date", html);
        Assert.Contains("Enter a review-by date", html);
        Assert.Contains("Text I must not lose", html);
    }

    [Fact]
    public async Task An_author_may_not_unpublish()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var page = SeedKeys.ForTreePath("short-breaks/what-short-breaks-are");

        var response = await author.PostFormAsync("/editorial", $"/editorial/content/{page}/unpublish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/short-breaks/what-short-breaks-are")).StatusCode);
    }

    private async Task<EditorialSession> SignedInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}
