using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BcpLocalOffer.IntegrationTests.Accounts;

/// <summary>A session ends when its owner signs out, 8 hours after sign-in however busy, and demo accounts never outlive Development.</summary>
public class SessionTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_no_longer_works()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var session = EditorialSession.Open(factory);
        var signIn = await session.SignInAsync(author, TestAccounts.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lo-editorial=", StringComparison.Ordinal)).Split(';')[0];
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/editorial/content")).StatusCode);

        var signedOut = await session.PostFormAsync("/editorial", "/editorial/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var afterwards = await copy.GetAsync("/editorial/content");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/editorial/sign-in", afterwards.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_session_ends_8_hours_after_sign_in_however_busy_it_is()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        await using var site = new RestartableSiteFactory(data, clock);
        var session = site.OpenSession();
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("author@local-offer.test", "author-development-only")).StatusCode);

        // A page every quarter of an hour keeps the 20-minute idle limit from ever ending the session.
        for (var elapsed = TimeSpan.FromMinutes(15); elapsed < TimeSpan.FromHours(8); elapsed += TimeSpan.FromMinutes(15))
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            var page = await session.Client.GetAsync("/editorial/content");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"After {elapsed} the session answered {(int)page.StatusCode} {page.Headers.Location}");
        }

        // Just past 8 hours since sign-in, yet only 16 minutes since the last page: idle has not ended it.
        clock.Advance(TimeSpan.FromMinutes(16));
        var tooLate = await session.Client.GetAsync("/editorial/content");

        Assert.Equal(HttpStatusCode.Redirect, tooLate.StatusCode);
        Assert.StartsWith("/editorial/sign-in", tooLate.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Demo_accounts_left_by_a_development_start_are_disabled_when_the_site_starts_anywhere_else()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        await using (var development = new RestartableSiteFactory(data, clock))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await development.OpenSession().SignInAsync("admin@local-offer.test", "admin-development-only")).StatusCode);
        }

        await using (var production = new RestartableSiteFactory(data, clock, "Production"))
        {
            var refused = await production.OpenSession().SignInAsync("admin@local-offer.test", "admin-development-only");

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Enter a correct email address and password", await refused.Content.ReadAsStringAsync());
        }

        await using var again = new RestartableSiteFactory(data, clock);
        Assert.Equal(HttpStatusCode.Redirect, (await again.OpenSession().SignInAsync("admin@local-offer.test", "admin-development-only")).StatusCode);
    }
}
