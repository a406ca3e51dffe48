using BcpLocalOffer.Core.Publishing;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.ServiceDirectory;

/// <summary>Services go through the same workflow as pages: draft, submit, board approval (four eyes), publish, all audited.</summary>
public partial class DirectoryEditorialTests(DirectoryFactory factory) : IClassFixture<DirectoryFactory>
{
    [GeneratedRegex("/editorial/directory/([0-9a-f-]{36})")]
    private static partial Regex ServiceAddress();

    [Fact]
    public async Task An_authors_new_service_reaches_the_directory_the_api_and_search_only_after_the_board_publishes_it()
    {
        var authorEmail = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var author = await TestAccounts.SignedInAsync(factory, authorEmail);
        var publicSite = factory.CreateClient();

        var created = await author.PostFormAsync("/editorial/directory/new", "/editorial/directory/new", NewService("Riverside Sensory Garden Club"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = ServiceAddress().Match(created.Headers.Location!.OriginalString);
        var id = details.Groups[1].Value;
        Assert.Contains("saved as a draft", await author.Client.GetStringAsync(details.Value + "?done=created"));
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync("/directory/riverside-sensory-garden-club")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync($"/openreferral/services/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync(details.Value, $"{details.Value}/versions/1/submit", new Dictionary<string, string>())).StatusCode);

        // An author cannot approve, by role.
        var refused = await author.PostFormAsync(details.Value, $"{details.Value}/versions/1/approve", new Dictionary<string, string>());
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden || refused.Headers.Location?.AbsolutePath == "/editorial/access-denied");

        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        var published = await board.PostFormAsync(details.Value, $"{details.Value}/versions/1/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var (response, page) = await HtmlPage.GetAsync(publicSite, "/directory/riverside-sensory-garden-club");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A quiet garden club", page.Body!.TextContent);
        Assert.Null(page.QuerySelector(".govuk-warning-text")); // an editor's service is not sample data
        Assert.Contains("Riverside Sensory Garden Club", await publicSite.GetStringAsync("/directory?kind=activity-or-club&locality=christchurch"));
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync($"/openreferral/services/{id}")).StatusCode);
        await factory.WaitForSearchAsync();
        Assert.True(await Eventually.TrueWithinAsync(SearchReadiness.Timeout, async () =>
            (await SearchApi.GetAsync(publicSite, "riverside sensory garden")).Results.Any(r => r.Url == "/directory/riverside-sensory-garden-club")));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var audit = await db.AuditLog.Where(e => e.Capability == AuditCapability.Service && e.ItemKey == id).OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor }).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Submitted, AuditAction.Approved], audit.Select(a => a.Action));
        Assert.Equal(authorEmail, audit[0].Actor);
    }

    [Fact]
    public async Task A_board_member_cannot_approve_their_own_change_and_a_published_service_keeps_its_version_until_the_next_is_approved()
    {
        var boardEmail = await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard);
        var board = await TestAccounts.SignedInAsync(factory, boardEmail);
        var services = await board.Client.GetStringAsync("/editorial/directory");
        var splash = ServiceAddress().Matches(services).Select(m => m.Value).First(path =>
            services.Contains($"href=\"{path}\">Saturday Splash Club<", StringComparison.Ordinal));

        var (_, form) = await HtmlPage.GetAsync(board.Client, splash + "/edit");
        var fields = HtmlPage.FormFields(form);
        fields.RemoveAll(f => f.Key == "Status");
        fields.Add(new("Status", "temporarily-closed"));
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(splash + "/edit", splash + "/edit", fields)).StatusCode);
        var number = int.Parse(Regex.Match(await board.Client.GetStringAsync(splash), @"/versions/(\d+)/submit").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await board.PostFormAsync(splash, $"{splash}/versions/{number}/submit", new Dictionary<string, string>());

        var own = await board.PostFormAsync("/editorial", $"{splash}/versions/{number}/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("another member of the editorial board", await own.Content.ReadAsStringAsync());
        Assert.DoesNotContain("temporarily closed", (await factory.CreateClient().GetStringAsync("/directory/saturday-splash-club")).ToLowerInvariant());

        // Another board member asks for changes, which needs a comment.
        var other = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        var empty = await other.PostFormAsync(splash, $"{splash}/versions/{number}/request-changes", new Dictionary<string, string> { ["comment"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Say what needs to change", await empty.Content.ReadAsStringAsync());
        var returned = await other.PostFormAsync(splash, $"{splash}/versions/{number}/request-changes", new Dictionary<string, string> { ["comment"] = "Say when it reopens." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Say when it reopens.", await board.Client.GetStringAsync(splash));
    }

    [Fact]
    public async Task A_form_with_mistakes_is_a_400_with_an_error_summary_and_everything_typed_kept()
    {
        var author = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author));
        var fields = NewService("Half-finished listing");
        fields.RemoveAll(f => f.Key is "Localities" or "Description");
        fields.RemoveAll(f => f.Key is "MinimumAge" or "MaximumAge" or "Email" or "VerifiedOn");
        fields.AddRange([new("MinimumAge", "12"), new("MaximumAge", "5"), new("Email", "not an email"), new("VerifiedOn", "2031-01-01")]);

        var response = await author.PostFormAsync("/editorial/directory/new", "/editorial/directory/new", fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter a description", summary);
        Assert.Contains("Choose where the service runs", summary);
        Assert.Contains("oldest age must be the same as or more than", summary);
        Assert.Contains("correct format", summary);
        Assert.Contains("today or in the past", summary);
        Assert.Equal("Half-finished listing", page.QuerySelector<IHtmlInputElement>("#name")!.Value);
        Assert.Equal("not an email", page.QuerySelector<IHtmlInputElement>("#email")!.Value);
        Assert.Contains(page.QuerySelectorAll<IHtmlInputElement>("input[name=Needs]"), box => box.Value == "autism" && box.IsChecked);
        Assert.NotNull(page.QuerySelector("a[href='#localities']"));
    }

    [Fact]
    public async Task Signed_out_visitors_cannot_reach_the_directory_back_office()
    {
        var client = factory.CreateNonRedirectingClient();
        var response = await client.GetAsync("/editorial/directory");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/editorial/sign-in", response.Headers.Location!.OriginalString);
    }

    private static List<KeyValuePair<string, string>> NewService(string name) =>
    [
        new("Name", name), new("Organisation", "Riverside Gardens CIC"), new("Description", "A quiet garden club for children who find busy places hard."),
        new("Kind", "activity-or-club"), new("Status", "active"), new("MinimumAge", "5"), new("MaximumAge", "14"),
        new("Needs", "autism"), new("Needs", "sensory-and-physical"), new("Localities", "christchurch"), new("Costs", "free"), new("AccessRoutes", "self-referral"),
        new("Email", "garden@riverside.example"), new("Website", "https://www.example.org/garden"),
        new("VenueName", "Riverside allotments"), new("VenueAddress", "1 Willow Way"), new("VenueTown", "Christchurch"), new("VenuePostcode", "BH23 1AA"),
        new("OwnerOrganisation", "BCP Council Short Breaks Team"), new("ReviewBy", "2027-11-01"),
    ];
}
