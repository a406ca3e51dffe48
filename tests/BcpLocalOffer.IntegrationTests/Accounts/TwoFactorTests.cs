using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Accounts;

/// <summary>Two-factor sign-in with an authenticator app: enrolment proves a code first, then every sign-in needs one.</summary>
public class TwoFactorTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task Enrolment_needs_a_right_code_and_afterwards_signing_in_needs_one_too()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var session = await TestAccounts.SignedInAsync(factory, email);
        var key = await TwoFactorEnrolment.KeyAsync(session);
        var enrolPage = await session.Client.GetStringAsync(TwoFactorEnrolment.Path);
        Assert.Contains($"otpauth://totp/", enrolPage);
        Assert.Contains($"secret={key}", enrolPage);

        var wrong = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path, new Dictionary<string, string> { ["Code"] = Totp.Wrong(key), ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The code is not right", await wrong.Content.ReadAsStringAsync());
        var (_, recoveryCodes) = await TwoFactorEnrolment.EnrolAsync(session);
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/editorial/content")).StatusCode);
        Assert.Contains("10 unused recovery code", await session.Client.GetStringAsync(TwoFactorEnrolment.Path));

        var next = EditorialSession.Open(factory);
        var password = await next.SignInAsync(email, TestAccounts.Password);
        Assert.Equal("/editorial/sign-in/code", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await next.Client.GetAsync("/editorial")).StatusCode);
        var wrongCode = await TwoFactorEnrolment.EnterCodeAsync(next, Totp.Wrong(key));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Contains("The code is not right", await wrongCode.Content.ReadAsStringAsync());
        var rightCode = await TwoFactorEnrolment.EnterCodeAsync(next, Totp.Next(key)[..3] + " " + Totp.Next(key)[3..]);
        Assert.Equal("/editorial", rightCode.Headers.Location?.OriginalString);
        Assert.Contains("Editorial dashboard", await next.Client.GetStringAsync("/editorial"));
    }

    [Fact]
    public async Task An_authenticator_code_signs_in_once_and_an_older_one_not_at_all()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var (key, _) = await TwoFactorEnrolment.EnrolAsync(await TestAccounts.SignedInAsync(factory, email));
        var enrolmentCode = Totp.Now(key);
        var code = Totp.Next(key);

        var afterEnrolment = EditorialSession.Open(factory);
        await afterEnrolment.SignInAsync(email, TestAccounts.Password);
        var sameAsEnrolment = await TwoFactorEnrolment.EnterCodeAsync(afterEnrolment, enrolmentCode);
        var first = EditorialSession.Open(factory);
        await first.SignInAsync(email, TestAccounts.Password);
        var used = await TwoFactorEnrolment.EnterCodeAsync(first, code);
        var second = EditorialSession.Open(factory);
        await second.SignInAsync(email, TestAccounts.Password);
        var replayed = await TwoFactorEnrolment.EnterCodeAsync(second, code);

        Assert.Equal(HttpStatusCode.BadRequest, sameAsEnrolment.StatusCode);
        Assert.Equal("/editorial", used.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("The code is not right", await replayed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_authenticator_key_is_stored_encrypted_and_the_recovery_codes_only_as_hashes()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var (key, codes) = await TwoFactorEnrolment.EnrolAsync(await TestAccounts.SignedInAsync(factory, email));
        var id = (await TestAccounts.FindAsync(factory, email)).Id;

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().UserTokens
            .Where(t => t.UserId == id && t.LoginProvider == "[AspNetUserStore]").Select(t => t.Value ?? "").ToListAsync();

        Assert.Equal(2, stored.Count);
        var everything = string.Join("\n", stored).ToUpperInvariant();
        Assert.DoesNotContain(key, everything);
        Assert.All(codes, code => Assert.DoesNotContain(code.ToUpperInvariant(), everything));
        // And both still work: the next code and a recovery code each sign in.
        var withApp = EditorialSession.Open(factory);
        await withApp.SignInAsync(email, TestAccounts.Password);
        Assert.Equal("/editorial", (await TwoFactorEnrolment.EnterCodeAsync(withApp, Totp.Next(key))).Headers.Location?.OriginalString);
        var withCode = EditorialSession.Open(factory);
        await withCode.SignInAsync(email, TestAccounts.Password);
        Assert.Equal("/editorial", (await TwoFactorEnrolment.EnterCodeAsync(withCode, codes[^1])).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard);
        var (_, codes) = await TwoFactorEnrolment.EnrolAsync(await TestAccounts.SignedInAsync(factory, email));

        var first = EditorialSession.Open(factory);
        await first.SignInAsync(email, TestAccounts.Password);
        var used = await TwoFactorEnrolment.EnterCodeAsync(first, codes[0].ToLowerInvariant());
        var second = EditorialSession.Open(factory);
        await second.SignInAsync(email, TestAccounts.Password);
        var reused = await TwoFactorEnrolment.EnterCodeAsync(second, codes[0]);

        Assert.Equal("/editorial", used.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("9 unused recovery code", await first.Client.GetStringAsync(TwoFactorEnrolment.Path));
    }

    [Fact]
    public async Task Wrong_codes_lock_the_account_like_wrong_passwords()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var (key, _) = await TwoFactorEnrolment.EnrolAsync(await TestAccounts.SignedInAsync(factory, email));
        var session = EditorialSession.Open(factory);
        await session.SignInAsync(email, TestAccounts.Password);

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await TwoFactorEnrolment.EnterCodeAsync(session, Totp.Wrong(key));
        }

        await TwoFactorEnrolment.EnterCodeAsync(session, "ZZZZZ-ZZZZZ");
        var rightCodeNow = await TwoFactorEnrolment.EnterCodeAsync(session, Totp.Next(key));

        Assert.Equal(HttpStatusCode.BadRequest, rightCodeNow.StatusCode);
        Assert.Contains("locked", await rightCodeNow.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_resets_two_factor_for_someone_who_lost_their_phone()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var person = await TestAccounts.SignedInAsync(factory, email);
        await TwoFactorEnrolment.EnrolAsync(person);
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var users = await admin.Client.GetStringAsync("/editorial/users");
        Assert.Contains("govuk-tag--green\">On", users);
        var id = (await TestAccounts.FindAsync(factory, email)).Id;

        var reset = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/reset-two-factor", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await person.Client.GetAsync("/editorial")).StatusCode);
        var signIn = await EditorialSession.Open(factory).SignInAsync(email, TestAccounts.Password);
        Assert.Equal("/editorial", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Enrolling_making_new_recovery_codes_and_turning_off_ask_for_the_password_again()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var session = await TestAccounts.SignedInAsync(factory, email);
        var key = await TwoFactorEnrolment.KeyAsync(session);

        var enrolNoPassword = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path, new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        var enrolWrongPassword = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path, new Dictionary<string, string> { ["Code"] = Totp.Now(key), ["Password"] = "not-my-password" });

        Assert.Equal(HttpStatusCode.BadRequest, enrolNoPassword.StatusCode);
        Assert.Contains("Enter your password", await enrolNoPassword.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, enrolWrongPassword.StatusCode);
        Assert.Contains("Your password is wrong", await enrolWrongPassword.Content.ReadAsStringAsync());
        await TwoFactorEnrolment.EnrolAsync(session);

        var codesWrongPassword = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path + "/recovery-codes", new Dictionary<string, string> { ["Password"] = "not-my-password" });
        var offNoPassword = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path + "/turn-off", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, codesWrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, offNoPassword.StatusCode);
        Assert.Contains("10 unused recovery code", await session.Client.GetStringAsync(TwoFactorEnrolment.Path));
        Assert.Equal("/editorial/sign-in/code", (await EditorialSession.Open(factory).SignInAsync(email, TestAccounts.Password)).Headers.Location?.OriginalString);
        var newCodes = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path + "/recovery-codes", new Dictionary<string, string> { ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, newCodes.StatusCode);
        Assert.Contains("recovery codes", await newCodes.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Turning_two_factor_off_returns_to_password_only_sign_in()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var session = await TestAccounts.SignedInAsync(factory, email);
        await TwoFactorEnrolment.EnrolAsync(session);

        var off = await session.PostFormAsync(TwoFactorEnrolment.Path, TwoFactorEnrolment.Path + "/turn-off", new Dictionary<string, string> { ["Password"] = TestAccounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("Two-factor sign-in is off", await session.Client.GetStringAsync(off.Headers.Location!.OriginalString));
        Assert.Equal("/editorial", (await EditorialSession.Open(factory).SignInAsync(email, TestAccounts.Password)).Headers.Location?.OriginalString);
    }
}
