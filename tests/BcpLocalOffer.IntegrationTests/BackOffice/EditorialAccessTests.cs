using System.Net;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.BackOffice;

public class EditorialAccessTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly (string Email, string Password) Board = ("board@local-offer.test", "board-development-only");

    [Fact]
    public async Task Every_editorial_endpoint_refuses_an_anonymous_visitor()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("editorial", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        Assert.NotEmpty(endpoints);
        var client = factory.CreateNonRedirectingClient();

        foreach (var endpoint in endpoints)
        {
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment =>
                string.Concat(segment.Parts.Select(part => part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
                    _ => "1",
                }))));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

                Assert.True(
                    response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/editorial/sign-in", StringComparison.Ordinal),
                    $"{method} {path} answered {(int)response.StatusCode} to an anonymous visitor");
            }
        }
    }

    [Fact]
    public async Task A_board_member_signs_in_and_sees_the_dashboard_then_signs_out()
    {
        var session = EditorialSession.Open(factory);

        var signIn = await session.SignInAsync(Board.Email, Board.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/editorial", signIn.Headers.Location?.OriginalString);
        var dashboard = await session.Client.GetStringAsync("/editorial");
        Assert.Contains("Editorial dashboard", dashboard);
        Assert.Contains("Editorial board", dashboard);

        var signOut = await session.PostFormAsync("/editorial", "/editorial/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/editorial")).StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_strict()
    {
        var signIn = await EditorialSession.Open(factory).SignInAsync(Board.Email, Board.Password);

        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lo-editorial=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_gets_one_clear_message_that_does_not_say_whether_the_account_exists()
    {
        var session = EditorialSession.Open(factory);

        var wrongPassword = await session.SignInAsync(Board.Email, "not-the-right-password");
        var noSuchAccount = await session.SignInAsync("nobody@local-offer.test", "not-the-right-password");

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Contains("Enter a correct email address and password", await wrongPassword.Content.ReadAsStringAsync());
        Assert.Contains("Enter a correct email address and password", await noSuchAccount.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_fields_are_shown_in_an_error_summary_with_a_400()
    {
        var response = await EditorialSession.Open(factory).SignInAsync("", "");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Enter your email address", html);
        Assert.Contains("Enter your password", html);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateNonRedirectingClient();

        var response = await client.PostAsync("/editorial/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = Board.Email, ["Password"] = Board.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("lo-editorial=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorialAccounts>();
        Assert.True((await accounts.CreateAsync("locked@local-offer.test", "a-long-enough-password", EditorialRoles.Author, "Locked", "SENDIASS")).Succeeded);
        // Five clients: one alone is throttled first (SignInThrottleTests).
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await EditorialSession.Open(factory).SignInAsync("locked@local-offer.test", "wrong-password-" + attempt);
        }

        var rightPasswordNow = await EditorialSession.Open(factory).SignInAsync("locked@local-offer.test", "a-long-enough-password");
        Assert.Equal(HttpStatusCode.BadRequest, rightPasswordNow.StatusCode);
        // The same answer as a wrong password, so the lockout does not tell anyone the address has an account.
        Assert.Contains("Enter a correct email address and password", await rightPasswordNow.Content.ReadAsStringAsync());
        var account = await TestAccounts.FindAsync(factory, "locked@local-offer.test");
        Assert.InRange(account.LockoutEnd!.Value, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(15));
    }

    [Fact]
    public async Task Passwords_shorter_than_twelve_characters_are_refused()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<EditorialAccounts>()
            .CreateAsync("short@local-offer.test", "elevenchars", EditorialRoles.Author, "Short", "SENDIASS");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_return_address_outside_the_site_is_ignored_after_signing_in()
    {
        var session = EditorialSession.Open(factory);

        var response = await session.PostFormAsync("/editorial/sign-in", "/editorial/sign-in", new Dictionary<string, string>
        {
            ["Email"] = Board.Email,
            ["Password"] = Board.Password,
            ["ReturnUrl"] = "https://evil.example/phish",
        });

        Assert.Equal("/editorial", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(EditorialRoles.Author)]
    [InlineData(EditorialRoles.EditorialBoard)]
    public async Task Every_administration_endpoint_refuses_authors_and_board_members(string role)
    {
        var endpoints = EditorialEndpoints().Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == EditorialPolicies.Administration)).ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.TrimStart('/') == "editorial/users");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.TrimStart('/') == "editorial/organisations");
        var session = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, role));

        foreach (var endpoint in endpoints)
        {
            var path = SamplePath(endpoint, Guid.NewGuid());
            foreach (var method in Methods(endpoint))
            {
                var response = method == "POST"
                    ? await session.PostFormAsync("/editorial", path, new Dictionary<string, string>())
                    : await session.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

                Assert.True(
                    response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/editorial/access-denied",
                    $"{method} {path} answered {(int)response.StatusCode} to a member of {role}");
            }
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/editorial/access-denied")).StatusCode);
    }

    [Fact]
    public async Task An_author_gets_403_on_approve_publish_and_unpublish()
    {
        var page = SeedKeys.ForTreePath("short-breaks");
        var endpoints = EditorialEndpoints()
            .Where(e => Methods(e).Contains("POST"))
            .Where(e => e.RoutePattern.PathSegments[^1].Parts is [RoutePatternLiteralPart { Content: "approve" or "publish" or "unpublish" }])
            .ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText!.EndsWith("/approve", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e.RoutePattern.RawText!.EndsWith("/unpublish", StringComparison.Ordinal));
        var author = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author));

        foreach (var endpoint in endpoints)
        {
            var path = SamplePath(endpoint, page);
            var response = await author.PostFormAsync("/editorial", path, new Dictionary<string, string> { ["comment"] = "Looks fine to me" });

            var forbidden = response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/editorial/access-denied");
            Assert.True(forbidden, $"POST {path} answered {(int)response.StatusCode} to an author");
        }

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateNonRedirectingClient().GetAsync("/short-breaks")).StatusCode);
    }

    [Fact]
    public async Task Every_post_endpoint_refuses_a_signed_in_request_without_an_antiforgery_token()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Methods(e).Contains("POST"))
            .ToList();
        Assert.True(endpoints.Count > 20, $"Only {endpoints.Count} POST endpoints were found");
        // Both roles, so that no endpoint turns the request away for its role before the token is checked.
        var session = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator, also: EditorialRoles.EditorialBoard));

        foreach (var endpoint in endpoints)
        {
            var path = SamplePath(endpoint, SeedKeys.ForTreePath("short-breaks"));
            var response = await session.Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "No token" }));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without an antiforgery token answered {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/editorial")).StatusCode);
    }

    private IEnumerable<RouteEndpoint> EditorialEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("editorial", StringComparison.Ordinal) == true);

    private static IReadOnlyList<string> Methods(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    /// <summary>A concrete address for a route: the given page key for guid parameters, 1 for numbers.</summary>
    private static string SamplePath(RouteEndpoint endpoint, Guid key) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment =>
            string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => key.ToString(),
                _ => "1",
            }))));
}
