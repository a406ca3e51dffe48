using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>What a sign-in with a password came to.</summary>
public sealed record PasswordSignInOutcome(SignInResult Result, TimeSpan? RetryAfter = null)
{
    public bool Throttled => RetryAfter is not null;
}

/// <summary>
/// Signs in with an email address and password behind the <see cref="SignInThrottle"/>, and answers
/// alike for every address: an unknown, locked or disabled account still has one password hashed
/// (Identity answers those before hashing, and the time saved would tell an attacker which addresses
/// exist) and comes back as the same plain failure. A wrong password for a real account is audited
/// under the account's id, and counts towards its lockout only as the throttle allows.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<EditorAccount> signInManager,
    UserManager<EditorAccount> users,
    IPasswordHasher<EditorAccount> hasher,
    DecoyPasswordHash decoy,
    SignInThrottle throttle,
    LocalOfferDbContext db,
    TimeProvider clock)
{
    /// <summary>The audit's actor for a sign-in nobody has proved yet.</summary>
    public const string Actor = "sign-in";

    public async Task<PasswordSignInOutcome> SignInAsync(string email, string password, string client)
    {
        if (throttle.RetryAfter(client, email) is { } wait)
        {
            return new(SignInResult.Failed, wait);
        }

        var account = await users.FindByNameAsync(email);
        if (account is null)
        {
            decoy.Check(hasher, password);
            throttle.Failed(client, email);
            return new(SignInResult.Failed);
        }

        var result = await signInManager.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(client, email);
            return new(result);
        }

        string why;
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            decoy.Check(hasher, password);
            why = result.IsLockedOut ? "The account was locked" : "The account is disabled";
        }
        else
        {
            why = "Wrong password";
            if (throttle.CountsTowardsLockout(client, account.Id))
            {
                await users.AccessFailedAsync(account);
            }
        }

        throttle.Failed(client, email);
        new AuditTrail(db, clock).Record(Actor, AuditAction.SignInFailed, new AuditSubject(AuditCapability.Account, account.Id), why);
        await db.SaveChangesAsync();
        return new(SignInResult.Failed);
    }
}

/// <summary>
/// A hash of a random password, made once with the site's own hasher settings, to check a password
/// against when there is no real hash to check: the same work, so the same time, as a real account.
/// </summary>
public sealed class DecoyPasswordHash
{
    private string? hash;

    public void Check(IPasswordHasher<EditorAccount> hasher, string password)
    {
        var decoy = new EditorAccount();
        hash ??= hasher.HashPassword(decoy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(decoy, hash, password);
    }
}
