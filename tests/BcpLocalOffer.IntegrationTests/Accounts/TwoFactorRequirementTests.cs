using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Accounts;

/// <summary>An administrator requires two-factor sign-in for a role: its members cannot use the back office until they enrol.</summary>
public class TwoFactorRequirementTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task Members_of_a_role_that_requires_two_factor_are_sent_to_enrolment_until_they_enrol()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var board = await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard);
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        var required = await admin.PostFormAsync("/editorial/users", "/editorial/users/two-factor-requirement",
            new List<KeyValuePair<string, string>> { new("requiredRoles", EditorialRoles.Author) });

        Assert.Equal(HttpStatusCode.Redirect, required.StatusCode);
        var users = await admin.Client.GetStringAsync("/editorial/users?done=requirement");
        Assert.Contains("Two-factor sign-in is now required for Author", users);
        Assert.Contains("Off: required", users);
        var session = EditorialSession.Open(factory);
        var signIn = await session.SignInAsync(author, TestAccounts.Password);
        Assert.Equal(TwoFactorEnrolment.Path, signIn.Headers.Location?.OriginalString);
        foreach (var page in new[] { "/editorial", "/editorial/content", "/editorial/reviews" })
        {
            var response = await session.Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(TwoFactorEnrolment.Path, response.Headers.Location?.OriginalString);
        }

        Assert.Contains("Your role requires two-factor sign-in", await session.Client.GetStringAsync(TwoFactorEnrolment.Path));
        Assert.Equal("/editorial", (await EditorialSession.Open(factory).SignInAsync(board, TestAccounts.Password)).Headers.Location?.OriginalString);

        var (key, _) = await TwoFactorEnrolment.EnrolAsync(session);

        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/editorial/content")).StatusCode);
        var turnOff = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path + "/turn-off", new Dictionary<string, string> { ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.BadRequest, turnOff.StatusCode);
        Assert.Contains("Your role requires two-factor sign-in, so it cannot be turned off", await turnOff.Content.ReadAsStringAsync());
        var next = EditorialSession.Open(factory);
        await next.SignInAsync(author, TestAccounts.Password);
        Assert.Equal("/editorial", (await TwoFactorEnrolment.EnterCodeAsync(next, Totp.Next(key))).Headers.Location?.OriginalString);

        var optional = await admin.PostFormAsync("/editorial/users", "/editorial/users/two-factor-requirement", new List<KeyValuePair<string, string>>());
        Assert.Equal(HttpStatusCode.Redirect, optional.StatusCode);
        Assert.Contains("no longer required", await admin.Client.GetStringAsync("/editorial/users?done=requirement"));
    }
}
