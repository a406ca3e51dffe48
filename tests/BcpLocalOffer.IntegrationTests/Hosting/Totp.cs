using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// What an authenticator app does (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), so tests can
/// enrol and sign in with real codes. Identity's own implementation is internal.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    /// <summary>
    /// The code the app will show in 30 seconds, which the site already accepts (it allows for a phone's
    /// clock being a little out): a sign-in right after enrolling, whose code "now" is used up.
    /// </summary>
    public static string Next(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow.AddSeconds(30));

    /// <summary>A code that is wrong now: the one for an hour ago, far outside the window Identity accepts.</summary>
    public static string Wrong(string base32Key)
    {
        var wrong = Code(base32Key, DateTimeOffset.UtcNow.AddHours(-1));
        return wrong == Now(base32Key) ? Code(base32Key, DateTimeOffset.UtcNow.AddHours(-2)) : wrong;
    }

    private static byte[] FromBase32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
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
