namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// What someone needs to add the site to an authenticator app: the shared key in groups of four
/// (easier to type) and the otpauth:// address a phone app opens directly.
/// </summary>
public sealed record AuthenticatorSetup(string Key, string Account, string Issuer)
{
    public string GroupedKey => string.Join(' ', Key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    public string Uri =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(Account)}?secret={Key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
}
