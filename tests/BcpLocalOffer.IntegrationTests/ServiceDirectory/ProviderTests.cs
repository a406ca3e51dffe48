using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Web.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.ServiceDirectory;

/// <summary>
/// Service providers keep their own organisations' listings current: they change only those
/// services, their changes wait for the board (who reads them side by side with what families see),
/// and every other back-office screen is closed to them.
/// </summary>
public sealed partial class ProviderTests(DirectoryFactory factory) : IClassFixture<DirectoryFactory>
{
    private const string Harbourside = "Sample: Harbourside Inclusive Leisure";
    private const string Seaview = "Sample: Seaview Short Breaks Trust";

    // Every back-office route a provider may reach, by method and pattern. A new one is a decision to
    // make here on purpose, next to the [OpenToProviders] that opens it.
    private static readonly string[] ProviderRoutes =
    [
        "GET /editorial",
        "GET /editorial/account/notifications",
        "GET /editorial/account/password",
        "GET /editorial/account/two-factor",
        "GET /editorial/directory",
        "GET /editorial/directory/new",
        "GET /editorial/directory/{id:guid}",
        "GET /editorial/directory/{id:guid}/edit",
        "POST /editorial/account/notifications",
        "POST /editorial/account/password",
        "POST /editorial/account/two-factor",
        "POST /editorial/account/two-factor/recovery-codes",
        "POST /editorial/account/two-factor/turn-off",
        "POST /editorial/directory/new",
        "POST /editorial/directory/{id:guid}/edit",
        "POST /editorial/directory/{id:guid}/versions/{number:int}/approve",
        "POST /editorial/directory/{id:guid}/versions/{number:int}/request-changes",
        "POST /editorial/directory/{id:guid}/versions/{number:int}/submit",
        "POST /editorial/sign-out",
    ];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("/editorial/directory/([0-9a-f-]{36})\">([^<]+)<")]
    private static partial Regex ServiceLink();

    [Fact]
    public void The_back_office_routes_open_to_providers_are_exactly_the_list()
    {
        var open = BackOfficeRoutes().Where(r => r.OpenToProviders).Select(r => r.Name).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(ProviderRoutes.Order(StringComparer.Ordinal).SequenceEqual(open), "Open to providers now:\n" + string.Join("\n", open));
    }

    [Fact]
    public async Task A_provider_is_refused_every_other_back_office_route_and_sees_only_the_directory_section()
    {
        var provider = await ProviderAsync(Harbourside);
        var refusedRoutes = new List<string>();
        foreach (var route in BackOfficeRoutes().Where(r => !r.OpenToProviders))
        {
            var address = RouteParameter().Replace(route.Pattern, parameter => parameter.Value switch
            {
                var p when p.Contains(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
                var p when p.Contains(":int", StringComparison.Ordinal) || p.Contains(":long", StringComparison.Ordinal) => "1",
                _ => "x",
            });
            var request = new HttpRequestMessage(new HttpMethod(route.Method), address);
            if (route.Method != "GET")
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            var answer = await provider.Client.SendAsync(request);
            if (answer.StatusCode == HttpStatusCode.Redirect && answer.Headers.Location?.AbsolutePath == "/editorial/access-denied")
            {
                refusedRoutes.Add(route.Name);
            }
            else
            {
                Assert.Fail($"{route.Name} answered a provider with {(int)answer.StatusCode} {answer.Headers.Location}");
            }
        }

        Assert.Contains("GET /editorial/content", refusedRoutes);
        Assert.Contains("GET /editorial/users", refusedRoutes);

        var home = await provider.Client.GetAsync("/editorial");
        Assert.Equal("/editorial/directory", home.Headers.Location?.OriginalString);
        var (_, page) = await HtmlPage.GetAsync(provider.Client, "/editorial/directory");
        Assert.Equal(["Directory"], page.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.TextContent.Trim()));
        Assert.Equal("Your services", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task A_provider_sees_and_changes_only_their_own_organisations_services()
    {
        var provider = await ProviderAsync(Harbourside);
        var listed = ServiceLink().Matches(await provider.Client.GetStringAsync("/editorial/directory")).Select(m => m.Groups[2].Value).ToList();
        var theirs = await LatestAsync(v => v.Organisation == Harbourside);
        var other = await LatestAsync(v => v.Organisation == Seaview);

        Assert.Equal(theirs.Select(v => v.Name).Order(), listed.Order());
        Assert.DoesNotContain(other[0].Name, listed);

        // Another organisation's service: not shown, not editable, not submittable.
        var otherAddress = $"/editorial/directory/{other[0].ServiceId}";
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Client.GetAsync(otherAddress)).StatusCode);
        var edit = await provider.Client.GetAsync(otherAddress + "/edit");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Contains("Your account keeps the services of Sample: Harbourside Inclusive Leisure only", await edit.Content.ReadAsStringAsync());
        var (_, ownForm) = await HtmlPage.GetAsync(provider.Client, $"/editorial/directory/{theirs[0].ServiceId}/edit");
        var fields = HtmlPage.FormFields(ownForm);
        Set(fields, "BasedOn", other[0].Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var posted = await provider.PostFormAsync($"/editorial/directory/{theirs[0].ServiceId}/edit", otherAddress + "/edit", fields);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        var submit = await provider.PostFormAsync($"/editorial/directory/{theirs[0].ServiceId}", $"{otherAddress}/versions/{other[0].Number}/submit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);

        // Their own service cannot be handed to another organisation, nor a new one added for one.
        Set(fields, "BasedOn", theirs[0].Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set(fields, "Organisation", Seaview);
        var moved = await provider.PostFormAsync($"/editorial/directory/{theirs[0].ServiceId}/edit", $"/editorial/directory/{theirs[0].ServiceId}/edit", fields);
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains("Your account keeps the services of", await moved.Content.ReadAsStringAsync());
        Set(fields, "Name", "A service for someone else");
        var added = await provider.PostFormAsync("/editorial/directory/new", "/editorial/directory/new", fields);
        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);

        Assert.Equal(other.Select(v => v.Number), (await LatestAsync(v => v.Organisation == Seaview)).Select(v => v.Number));
        Assert.Equal(theirs.Select(v => v.Number), (await LatestAsync(v => v.Organisation == Harbourside)).Select(v => v.Number));
    }

    [Fact]
    public async Task A_providers_change_waits_for_the_board_who_reads_it_beside_what_families_see_and_publishes_it()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Provider, "", provides: [Seaview]);
        var provider = await TestAccounts.SignedInAsync(factory, email);
        var service = (await LatestAsync(v => v.Organisation == Seaview)).First(v => v.Name == "Stay and Play overnight breaks");
        var address = $"/editorial/directory/{service.ServiceId}";
        var (_, form) = await HtmlPage.GetAsync(provider.Client, address + "/edit");
        var fields = HtmlPage.FormFields(form);
        Set(fields, "Phone", "01632 960 999");
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(address + "/edit", address + "/edit", fields)).StatusCode);
        var number = service.Number + 1;
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(address, $"{address}/versions/{number}/submit", new Dictionary<string, string>())).StatusCode);

        // Families still see the old number; the provider cannot approve their own change.
        var publicSite = factory.CreateClient();
        Assert.DoesNotContain("01632 960 999", await publicSite.GetStringAsync("/directory/stay-and-play-overnights"));
        var approve = await provider.PostFormAsync(address, $"{address}/versions/{number}/approve", new Dictionary<string, string>());
        Assert.Equal("/editorial/access-denied", approve.Headers.Location?.AbsolutePath);

        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        Assert.Contains("Stay and Play overnight breaks", await board.Client.GetStringAsync("/editorial"));
        var (_, review) = await HtmlPage.GetAsync(board.Client, address);
        var table = review.QuerySelector(".app-diff-table")!;
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th").Text(), r => r.QuerySelectorAll("td").ToList());
        Assert.Equal(["Phone"], rows.Keys);
        Assert.Equal(service.Phone!.Replace("01632 ", "", StringComparison.Ordinal), rows["Phone"][0].QuerySelector("del").Text().Replace("removed:", "", StringComparison.Ordinal).Trim(' ', '[', ']'));
        Assert.Contains("960 999", rows["Phone"][1].QuerySelector("ins").Text());
        Assert.Contains($"Published now (version {service.Number})", table.QuerySelector("thead").Text());

        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(address, $"{address}/versions/{number}/approve", new Dictionary<string, string>())).StatusCode);
        var published = await publicSite.GetStringAsync("/directory/stay-and-play-overnights");
        Assert.Contains("01632 960 999", published);
        Assert.Contains($"Checked by the provider on {DateOnly.FromDateTime(DirectoryFactory.Now.UtcDateTime):d MMMM yyyy}", published);
        await using var scope = factory.Services.CreateAsyncScope();
        var actors = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.AsNoTracking()
            .Where(e => e.Capability == AuditCapability.Service && e.ItemKey == service.ServiceId.ToString())
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor }).ToListAsync();
        Assert.Contains(actors, a => a.Action == AuditAction.Saved && a.Actor == email);
        Assert.Contains(actors, a => a.Action == AuditAction.Submitted && a.Actor == email);
    }

    [Fact]
    public async Task A_provider_account_needs_organisations_from_the_directory()
    {
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator, "BCP Council SEND Service"));
        List<KeyValuePair<string, string>> Account(string email, params string[] provides) =>
            [new("Email", email), new("DisplayName", "Pat Provider"), new("Roles", EditorialRoles.Provider), .. provides.Select(p => new KeyValuePair<string, string>("Provides", p))];

        var none = await admin.PostFormAsync("/editorial/users/new", "/editorial/users/new", Account("none@provider.example"));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Select the organisations in the directory whose services a provider keeps", await none.Content.ReadAsStringAsync());
        var unknown = await admin.PostFormAsync("/editorial/users/new", "/editorial/users/new", Account("unknown@provider.example", "Not In The Directory Ltd"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Not In The Directory Ltd is not an organisation in the directory", await unknown.Content.ReadAsStringAsync());

        var made = await admin.PostFormAsync("/editorial/users/new", "/editorial/users/new", Account("pat@provider.example", Seaview, Harbourside));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var account = await TestAccounts.FindAsync(factory, "pat@provider.example");
        Assert.Equal([Seaview, Harbourside], account.Provides);
        var (_, details) = await HtmlPage.GetAsync(admin.Client, $"/editorial/users/{account.Id}");
        Assert.Equal("Service provider", details.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt").Text() == "Roles").QuerySelector("dd").Text());
        Assert.Equal([Harbourside, Seaview], details.QuerySelectorAll("input[name=Provides][checked]").Select(i => i.GetAttribute("value")!).Order());
        var (_, list) = await HtmlPage.GetAsync(admin.Client, "/editorial/users");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("pat@provider.example", StringComparison.Ordinal));
        Assert.Contains($"Keeps the services of {Seaview}, {Harbourside}", row.TextContent);
    }

    private async Task<EditorialSession> ProviderAsync(string organisation) =>
        await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Provider, "", provides: [organisation]));

    private async Task<List<Core.ServiceDirectory.ServiceVersion>> LatestAsync(System.Linq.Expressions.Expression<Func<Core.ServiceDirectory.ServiceVersion, bool>> which)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        return await db.DirectoryServiceVersions.AsNoTracking()
            .Where(v => v.Number == db.DirectoryServiceVersions.Where(o => o.ServiceId == v.ServiceId).Max(o => o.Number))
            .Where(which)
            .OrderBy(v => v.Name)
            .ToListAsync();
    }

    private IEnumerable<(string Name, string Method, string Pattern, bool OpenToProviders)> BackOfficeRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("editorial", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method =>
            {
                var pattern = "/" + e.RoutePattern.RawText!.TrimStart('/');
                return ($"{method} {pattern}", method, pattern, e.Metadata.GetMetadata<OpenToProvidersAttribute>() is not null);
            }));

    private static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }
}
