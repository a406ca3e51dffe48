using System.Security.Cryptography;
using System.Text;

namespace BcpLocalOffer.Infrastructure.ContentSeed;

/// <summary>
/// A seed page's stable key comes from its place in the seed tree, so every install gives the
/// same page the same key and a re-import finds it again without a key in every file.
/// </summary>
public static class SeedKeys
{
    public static Guid ForTreePath(string treePath)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("bcp-local-offer/content-seed/" + treePath));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
