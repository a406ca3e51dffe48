using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) that work once. Identity's own
/// provider accepts a code as often as it is sent for as long as its window lasts, so a code seen over
/// a shoulder or caught by a phishing page can be used again. This one keeps the time step of the last
/// code it accepted with the account and refuses a code from that step or an earlier one. Like
/// Identity's, it allows two steps either side for a phone whose clock is a little out.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<EditorAccount>
{
    /// <summary>Where the last accepted step is kept among the account's Identity tokens.</summary>
    public const string TokenStore = "[LocalOffer]";
    public const string LastStepName = "LastAuthenticatorStep";

    private const int AllowedSteps = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<EditorAccount> manager, EditorAccount user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // Codes come from the person's app, never from the site.
    public Task<string> GenerateAsync(string purpose, UserManager<EditorAccount> manager, EditorAccount user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<EditorAccount> manager, EditorAccount user)
    {
        if (token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key || Base32(key) is not { Length: > 0 } secret)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStepName), NumberStyles.None, CultureInfo.InvariantCulture, out var step) ? step : long.MinValue;
        for (var candidate = now - AllowedSteps; candidate <= now + AllowedSteps; candidate++)
        {
            if (candidate > last && CodeAt(secret, candidate) == code)
            {
                var saved = await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepName, candidate.ToString(CultureInfo.InvariantCulture));
                // Saved or not at all: two sign-ins racing with one code, the second's save fails on the account's concurrency stamp.
                return saved.Succeeded;
            }
        }

        return false;
    }

    private static int CodeAt(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return value % 1_000_000;
    }

    private static byte[]? Base32(string key)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in key.TrimEnd('=').ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
