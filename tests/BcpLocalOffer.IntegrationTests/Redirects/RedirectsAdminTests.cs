using BcpLocalOffer.Core.Publishing;
using System.Net;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Redirects;

/// <summary>Administrators list, add and remove redirects; families follow them with a 301.</summary>
public class RedirectsAdminTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly (string Email, string Password) Admin = ("admin@local-offer.test", "admin-development-only");

    [Fact]
    public async Task An_administrator_adds_a_redirect_that_works_at_once_and_removes_it_after_confirming()
    {
        var admin = await SignedInAsync(Admin);
        var publicSite = factory.CreateNonRedirectingClient();
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync("/respite")).StatusCode);

        var added = await PostRedirectAsync(admin, "/Respite/", "/short-breaks");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var followed = await publicSite.GetAsync("/respite?from=leaflet");
        Assert.Equal(HttpStatusCode.MovedPermanently, followed.StatusCode);
        Assert.Equal("/short-breaks?from=leaflet", followed.Headers.Location?.OriginalString);
        var list = await admin.Client.GetStringAsync("/editorial/redirects");
        Assert.Contains("/respite", list);
        var id = await RedirectIdAsync("/respite");

        var confirmation = await admin.Client.GetStringAsync($"/editorial/redirects/{id}/remove");
        Assert.Contains("Remove this redirect?", confirmation);
        var removed = await admin.PostFormAsync($"/editorial/redirects/{id}/remove", $"/editorial/redirects/{id}/remove", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync("/respite")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.Where(e => e.Capability == AuditCapability.Redirect).Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditAction.Added, actions);
        Assert.Contains(AuditAction.Removed, actions);
    }

    [Theory]
    [InlineData("old-page", "/short-breaks", "The old address must be a path on this site starting with a single /")]
    [InlineData("/short-breaks", "/education", "There is a page at /short-breaks")]
    [InlineData("/somewhere-old", "//evil.example/phish", "The new address must be a path on this site starting with a single /")]
    [InlineData("/somewhere-old", "https://evil.example", "The new address must be a path on this site starting with a single /")]
    [InlineData("/somewhere-old", "/somewhere-old/", "The new address must be different from the old address")]
    [InlineData("", "", "Enter the old address")]
    [InlineData("/has space", "/short-breaks", "must not contain spaces")]
    public async Task A_redirect_that_cannot_work_gets_a_400_with_the_reason_and_the_typed_text(string from, string to, string message)
    {
        var admin = await SignedInAsync(Admin);

        var response = await PostRedirectAsync(admin, from, to);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html));
        if (to.Length > 0)
        {
            Assert.Contains($"value=\"{System.Net.WebUtility.HtmlEncode(to)}\"", html);
        }
    }

    [Fact]
    public async Task A_redirect_that_would_make_a_loop_or_repeat_one_is_refused()
    {
        var admin = await SignedInAsync(Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await PostRedirectAsync(admin, "/loop-a", "/loop-b")).StatusCode);

        var loop = await PostRedirectAsync(admin, "/loop-b", "/loop-a");
        var again = await PostRedirectAsync(admin, "/loop-a", "/short-breaks");

        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        Assert.Contains("would make a loop", await loop.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("There is already a redirect from /loop-a", await again.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("author@local-offer.test", "author-development-only")]
    [InlineData("board@local-offer.test", "board-development-only")]
    public async Task Authors_and_board_members_get_403_on_redirects(string email, string password)
    {
        var session = await SignedInAsync((email, password));

        var responses = new[]
        {
            await session.Client.GetAsync("/editorial/redirects"),
            await session.Client.GetAsync("/editorial/redirects/new"),
            await session.PostFormAsync("/editorial", "/editorial/redirects/new", new Dictionary<string, string> { ["FromPath"] = "/sneaky", ["ToPath"] = "/short-breaks" }),
            await session.PostFormAsync("/editorial", "/editorial/redirects/1/remove", new Dictionary<string, string>()),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/editorial/access-denied", response.Headers.Location!.AbsolutePath);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateNonRedirectingClient().GetAsync("/sneaky")).StatusCode);
    }

    private static Task<HttpResponseMessage> PostRedirectAsync(EditorialSession session, string from, string to) =>
        session.PostFormAsync("/editorial/redirects/new", "/editorial/redirects/new", new Dictionary<string, string> { ["FromPath"] = from, ["ToPath"] = to });

    private async Task<long> RedirectIdAsync(string from)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().Redirects.Where(r => r.FromPath == from).Select(r => r.Id).SingleAsync();
    }

    private async Task<EditorialSession> SignedInAsync((string Email, string Password) account)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(account.Email, account.Password)).StatusCode);
        return session;
    }
}
