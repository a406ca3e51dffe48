using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Accounts;

/// <summary>
/// Closed unless marked public: a controller or endpoint that says nothing about who may use it is
/// refused to everyone, so forgetting an attribute never opens an editorial screen to the world.
/// </summary>
public class ClosedByDefaultTests(ClosedByDefaultTests.SiteWithAnUnmarkedController factory) : IClassFixture<ClosedByDefaultTests.SiteWithAnUnmarkedController>
{
    // Every route a visitor reaches without signing in, by method and pattern. A new one is a decision
    // to make here on purpose, next to the attribute that opens it.
    private static readonly string[] PublicRoutes =
    [
        "ANY /error/{statusCode:int}",
        "ANY /health/database",
        "ANY /health/live",
        "ANY /health/ready",
        "GET /api/search",
        "GET /api/search/suggestions",
        "GET /directory",
        "GET /directory/{slug}",
        "GET /directory/{slug}/report",
        "GET /editorial/access-denied",
        "GET /editorial/account/set-password",
        "GET /editorial/sign-in",
        "GET /editorial/sign-in/code",
        "GET /have-your-say",
        "GET /have-your-say/sent/{reference}",
        "GET /have-your-say/young-people",
        "GET /improvement-plan",
        "GET /improvement-plan/actions",
        "GET /improvement-plan/actions/{actionRef}",
        "GET /improvement-plan/areas/{number:int}",
        "GET /improvement-plan/easy-read",
        "GET /improvement-plan/focus-areas/{number:int}",
        "GET /improvement-plan/plan.csv",
        "GET /improvement-plan/plan.json",
        "GET /improvement-plan/quarterly-reports",
        "GET /improvement-plan/quarterly-reports/{id:long}",
        "GET /media/{key:guid}/{slug}.{extension}",
        "GET /openreferral",
        "GET /openreferral/service_at_locations",
        "GET /openreferral/service_at_locations/{id}",
        "GET /openreferral/services",
        "GET /openreferral/services/{id}",
        "GET /openreferral/taxonomies",
        "GET /openreferral/taxonomies/{id}",
        "GET /openreferral/taxonomy_terms",
        "GET /openreferral/taxonomy_terms/{id}",
        "GET /openreferral/{**rest}",
        "GET /page-feedback/sent",
        "GET /page-feedback/what-was-wrong",
        "GET /robots.txt",
        "GET /search",
        "GET /sitemap-{number:int}.xml",
        "GET /sitemap.xml",
        "GET /still-correct",
        "GET /what-our-local-offer-covers",
        "GET /you-said-we-did",
        "GET /you-said-we-did/annual/{year:int}",
        "GET /you-said-we-did/feed.atom",
        "GET /you-said-we-did/{id:int}",
        "GET /you-said-we-did/{id:int}/{slug}",
        "GET /{**path}",
        "HEAD /media/{key:guid}/{slug}.{extension}",
        "HEAD /{**path}",
        "POST /api/events",
        "POST /directory/{slug}/report",
        "POST /editorial/account/set-password",
        "POST /editorial/sign-in",
        "POST /editorial/sign-in/code",
        "POST /have-your-say",
        "POST /have-your-say/young-people",
        "POST /page-feedback",
        "POST /page-feedback/what-was-wrong",
        "POST /still-correct",
    ];

    [Fact]
    public async Task A_controller_that_does_not_say_who_may_use_it_is_refused_to_visitors_and_to_every_editor()
    {
        var visitor = factory.CreateNonRedirectingClient();
        var anonymous = await visitor.GetAsync(UnmarkedController.Path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/editorial/sign-in", anonymous.Headers.Location!.AbsolutePath);

        foreach (var role in new[] { EditorialRoles.Author, EditorialRoles.EditorialBoard, EditorialRoles.Administrator })
        {
            var account = await TestAccounts.CreateAsync(factory, role);
            var session = EditorialSession.Open(factory);
            Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(account, TestAccounts.Password)).StatusCode);

            var answer = await session.Client.GetAsync(UnmarkedController.Path);

            // Signed in but not allowed: the access-denied page, as for any screen beyond one's role.
            Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"{role}: {(int)answer.StatusCode}");
            Assert.StartsWith("/editorial/access-denied", answer.Headers.Location!.AbsolutePath);
            Assert.DoesNotContain(UnmarkedController.Secret, await answer.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_mistyped_address_or_method_is_still_a_404_or_405_for_a_visitor_not_a_sign_in_page()
    {
        var visitor = factory.CreateNonRedirectingClient();

        var missing = await visitor.GetAsync("/no-such-page");
        var post = await visitor.PostAsync("/no-such-form", new FormUrlEncodedContent([]));
        var put = await visitor.PutAsync("/search", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // Every address is a page's address to the content route, so a post to one is the wrong method.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }

    [Fact]
    public void The_routes_anyone_may_use_are_exactly_the_public_list()
    {
        var open = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // The site's own files (styles, scripts, fonts) are public by nature and listed by the build.
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(method => $"{method} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(PublicRoutes.Order(StringComparer.Ordinal).SequenceEqual(open), "Public routes now:\n" + string.Join("\n", open));
    }

    [Fact]
    public async Task The_site_stylesheet_and_a_public_page_need_no_sign_in()
    {
        var visitor = factory.CreateNonRedirectingClient();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/short-breaks")).StatusCode);
        var home = await visitor.GetStringAsync("/");
        var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/[^\"]+\\.css)\"").Groups[1].Value;
        Assert.NotEmpty(stylesheet);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(stylesheet)).StatusCode);
    }

    /// <summary>The real site (in Development, so its cookies work over the test client's plain HTTP) plus one controller with no authorization attribute at all, as a developer might add.</summary>
    public sealed class SiteWithAnUnmarkedController : DevelopmentFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddControllers().AddApplicationPart(typeof(UnmarkedController).Assembly));
        }
    }
}

/// <summary>A controller that forgot to say who may use it.</summary>
public sealed class UnmarkedController : Controller
{
    public const string Path = "/test-only/unmarked";
    public const string Secret = "unmarked controller content";

    [HttpGet(Path)]
    public IActionResult Index() => Content(Secret);
}
