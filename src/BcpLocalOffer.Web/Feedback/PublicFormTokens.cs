using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BcpLocalOffer.Infrastructure.Feedback;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Feedback;

/// <summary>What a valid public form token says.</summary>
/// <param name="SubmissionId">Random per rendered form: the idempotency key.</param>
/// <param name="Shared">True for the "Is this page useful?" form, which is in output-cached pages, so many people may hold the same token.</param>
/// <param name="Bound">What the form is about, when it is about one thing (the page answer a "What was wrong?" form adds to).</param>
public sealed record PublicFormToken(string Purpose, DateTimeOffset IssuedAt, Guid SubmissionId, bool Shared, string? Bound);

/// <summary>
/// Cookieless antiforgery for public forms (no public page may set a cookie, so ASP.NET Core's
/// cookie-pair antiforgery cannot be used). The token is a Data Protection–protected payload of
/// the form's purpose, when it was issued and a random submission id, sent in a hidden field and
/// valid for a day. It stops replays of old forms and forms made for another purpose; the
/// same-origin check in <see cref="PublicFormAttribute"/> stops other sites posting.
/// See docs/decisions.md, "Feedback".
/// </summary>
public sealed class PublicFormTokens(IDataProtectionProvider protection, TimeProvider clock, IOptions<FeedbackOptions> options)
{
    public const string FieldName = "__FormToken";

    private readonly IDataProtector protector = protection.CreateProtector("BcpLocalOffer.Feedback.PublicFormToken.v1");

    // In memory only and replaced every day: a shared token's submission key is a hash of the
    // token and the client, and nothing kept can be turned back into an address.
    private DailyKey dailyKey = new(default, []);

    public string Issue(string purpose, bool shared = false, string? bound = null)
    {
        var payload = string.Join('\n',
            purpose,
            clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            Guid.NewGuid().ToString("N"),
            shared ? "1" : "0",
            bound ?? "");
        return protector.Protect(payload);
    }

    /// <summary>The token, or null with the reason it cannot be used.</summary>
    public (PublicFormToken? Token, string? Problem) Read(string? value, string purpose)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 2000)
        {
            return (null, "missing");
        }

        string payload;
        try
        {
            payload = protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return (null, "invalid");
        }

        var parts = payload.Split('\n');
        if (parts.Length != 5 || parts[0] != purpose || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var seconds) || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return (null, "invalid");
        }

        var issued = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var age = clock.GetUtcNow() - issued;
        if (age > TimeSpan.FromHours(Math.Max(1, options.Value.FormTokenLifetimeHours)) || age < TimeSpan.FromMinutes(-5))
        {
            return (null, "expired");
        }

        return (new PublicFormToken(parts[0], issued, id, parts[3] == "1", parts[4].Length == 0 ? null : parts[4]), null);
    }

    /// <summary>
    /// The key a submission is stored under. A token rendered for one person is its own key; a
    /// shared one (the page answer, in cached pages) is hashed with the client's address, with a
    /// key that lives one day in memory, so a double click is one answer and two people are two
    /// (the answer is part of the key: yes and then no from one page are two answers).
    /// </summary>
    public (string Key, Guid ReferenceSeed) SubmissionKey(PublicFormToken token, string? client, string? answer = null)
    {
        if (!token.Shared)
        {
            return (token.SubmissionId.ToString("N"), token.SubmissionId);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var current = Volatile.Read(ref dailyKey);
        if (current.Day != today)
        {
            var fresh = new DailyKey(today, RandomNumberGenerator.GetBytes(32));
            current = Interlocked.CompareExchange(ref dailyKey, fresh, current) == current ? fresh : Volatile.Read(ref dailyKey);
        }

        var hash = HMACSHA256.HashData(current.Key, Encoding.UTF8.GetBytes(token.SubmissionId.ToString("N") + "|" + client + "|" + answer));
        return ("s" + Convert.ToHexString(hash, 0, 16).ToLowerInvariant(), new Guid(hash.AsSpan(0, 16)));
    }

    private sealed record DailyKey(DateOnly Day, byte[] Key);
}
