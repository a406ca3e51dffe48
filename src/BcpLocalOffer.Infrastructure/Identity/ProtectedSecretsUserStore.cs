using System.Security.Cryptography;
using System.Text;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// Identity's store with the second factor's secrets kept out of the database's plain text: the
/// authenticator key encrypted with Data Protection (the key ring every node shares), and recovery
/// codes as SHA-256 hashes, so a copy of the database does not hand anyone a working second factor.
/// Values saved before this store are still read (a plain key, plain codes) and replaced as they change.
/// </summary>
public sealed class ProtectedSecretsUserStore(LocalOfferDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<EditorAccount, IdentityRole, LocalOfferDbContext>(context, describer)
{
    private const string HashPrefix = "sha256:";

    private readonly IDataProtector protector = protection.CreateProtector("BcpLocalOffer.Identity.AuthenticatorKey");

    public override Task SetAuthenticatorKeyAsync(EditorAccount user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(EditorAccount user, CancellationToken cancellationToken)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        if (string.IsNullOrEmpty(stored))
        {
            return stored;
        }

        try
        {
            return protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            // A key saved before keys were encrypted.
            return stored;
        }
    }

    public override Task ReplaceCodesAsync(EditorAccount user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(EditorAccount user, string code, CancellationToken cancellationToken) =>
        // Never the stored hash itself as a code; a plain code may be one saved before codes were hashed.
        !code.StartsWith(HashPrefix, StringComparison.Ordinal)
        && (await base.RedeemCodeAsync(user, Hash(code), cancellationToken) || await base.RedeemCodeAsync(user, code, cancellationToken));

    private static string Hash(string code) => HashPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
