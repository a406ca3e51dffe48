using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Accounts;

/// <summary>
/// Sign-in in front of the lockout: one client can neither try many passwords nor lock an editor out,
/// and nothing in the answer, or in how long it takes, says whether an address has an account.
/// </summary>
public partial class SignInThrottleTests(SignInThrottleTests.CountingSite factory) : IClassFixture<SignInThrottleTests.CountingSite>
{
    [Fact]
    public async Task One_client_trying_one_address_after_another_gets_429_with_Retry_After_before_its_30th_try()
    {
        var client = EditorialSession.Open(factory, "203.0.113.41");
        HttpResponseMessage? throttled = null;
        var attempt = 0;
        for (; attempt < 30 && throttled is null; attempt++)
        {
            var answer = await client.SignInAsync($"nobody-{attempt}@example.org", "a-wrong-password-here");
            if (answer.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttled = answer;
            }
        }

        Assert.NotNull(throttled);
        Assert.True(attempt <= 21, $"The first 429 came at attempt {attempt}.");
        var wait = throttled.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        var page = await throttled.Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts to sign in", page);
        // What they typed is kept, as on any form with an error.
        Assert.Contains($"value=\"nobody-{attempt - 1}@example.org\"", page);

        // Another client is not held back by this one.
        var other = await EditorialSession.Open(factory, "198.51.100.41").SignInAsync("nobody@example.org", "a-wrong-password-here");
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task One_client_guessing_an_editors_password_is_stopped_and_cannot_lock_the_editor_out()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var attacker = EditorialSession.Open(factory, "203.0.113.42");
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            answers.Add((await attacker.SignInAsync(author, "guess-number-" + attempt)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
        Assert.True(answers.IndexOf(HttpStatusCode.TooManyRequests) <= 5, string.Join(", ", answers));
        var editor = await EditorialSession.Open(factory, "198.51.100.42").SignInAsync(author, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_from_many_clients_still_lock_the_account()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        for (var client = 1; client <= 5; client++)
        {
            await EditorialSession.Open(factory, $"192.0.2.{client}").SignInAsync(author, "guess-number-" + client);
        }

        var owner = await EditorialSession.Open(factory, "198.51.100.43").SignInAsync(author, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.BadRequest, owner.StatusCode);
        Assert.True((await TestAccounts.FindAsync(factory, author)).LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Unknown_known_locked_and_disabled_addresses_get_the_same_answer_after_the_same_password_work()
    {
        var known = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var locked = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var disabled = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.UtcNow.AddMinutes(15));
            var account = (await users.FindByEmailAsync(disabled))!;
            account.DisabledAt = DateTimeOffset.UtcNow;
            await users.UpdateAsync(account);
        }

        var answers = new Dictionary<string, (HttpStatusCode Status, string Error, int Hashes)>();
        var client = 0;
        foreach (var (kind, email) in new[] { ("unknown", "nobody-here@local-offer.test"), ("known", known), ("locked", locked), ("disabled", disabled) })
        {
            var before = factory.PasswordChecks;
            var answer = await EditorialSession.Open(factory, $"198.51.100.{60 + client++}").SignInAsync(email, "a-wrong-password-here");
            answers[kind] = (answer.StatusCode, ErrorMessage(await answer.Content.ReadAsStringAsync()), factory.PasswordChecks - before);
        }

        var unknown = answers["unknown"];
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(1, unknown.Hashes);
        foreach (var (kind, answer) in answers)
        {
            Assert.True(answer == unknown, $"{kind}: {answer} differs from an unknown address's {unknown}");
        }
    }

    [Fact]
    public async Task A_failed_sign_in_is_in_the_audit_log_under_the_accounts_id_without_the_password_or_address()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var id = (await TestAccounts.FindAsync(factory, author)).Id;

        await EditorialSession.Open(factory, "198.51.100.70").SignInAsync(author, "a-wrong-password-here");

        await using var scope = factory.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog
            .SingleAsync(e => e.Action == AuditAction.SignInFailed && e.ItemKey == id);
        Assert.Equal(AuditCapability.Account, entry.Capability);
        Assert.DoesNotContain("a-wrong-password-here", entry.Detail);
        Assert.DoesNotContain(author, entry.Detail);
        Assert.DoesNotContain("198.51.100.70", entry.Detail);
    }

    [Fact]
    public async Task An_IPv6_client_is_one_client_across_its_whole_64_block()
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            await EditorialSession.Open(factory, $"2001:db8:5:7::{attempt + 1:x}").SignInAsync($"someone-{attempt}@example.org", "a-wrong-password-here");
        }

        var sameBlock = await EditorialSession.Open(factory, "2001:db8:5:7:ffff::1").SignInAsync("someone@example.org", "a-wrong-password-here");
        var nextBlock = await EditorialSession.Open(factory, "2001:db8:5:8::1").SignInAsync("someone@example.org", "a-wrong-password-here");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameBlock.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nextBlock.StatusCode);
    }

    [GeneratedRegex("<p id=\"email-error\" class=\"govuk-error-message\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex EmailError();

    private static string ErrorMessage(string page) => EmailError().Match(page).Groups[1].Value.Trim();

    /// <summary>The site, counting how many passwords it checks against a hash.</summary>
    public sealed class CountingSite : DevelopmentFactory
    {
        private int passwordChecks;

        public int PasswordChecks => Volatile.Read(ref passwordChecks);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
                services.AddSingleton<IPasswordHasher<EditorAccount>>(provider => new CountingHasher(
                    new PasswordHasher<EditorAccount>(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>()),
                    () => Interlocked.Increment(ref passwordChecks))));
        }
    }

    private sealed class CountingHasher(IPasswordHasher<EditorAccount> inner, Action counted) : IPasswordHasher<EditorAccount>
    {
        public string HashPassword(EditorAccount user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(EditorAccount user, string hashedPassword, string providedPassword)
        {
            counted();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
