using System.Net;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>Turns on two-factor sign-in through the back office as a person would, with an app's code computed from the shown key.</summary>
public static partial class TwoFactorEnrolment
{
    public const string Path = "/editorial/account/two-factor";

    [GeneratedRegex("<code id=\"authenticator-key\">([a-z0-9 ]+)</code>")]
    private static partial Regex KeyElement();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();

    public static async Task<string> KeyAsync(EditorialSession session)
    {
        var page = await session.Client.GetStringAsync(Path);
        var match = KeyElement().Match(page);
        Assert.True(match.Success, "The enrolment page shows no key");
        return match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>Enrols the signed-in person; returns the shared key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(EditorialSession session, string password = TestAccounts.Password)
    {
        var key = await KeyAsync(session);
        var response = await session.PostFormAsync(Path, Path, new Dictionary<string, string> { ["Code"] = Totp.Now(key), ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = RecoveryCode().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        return (key, codes);
    }

    public static Task<HttpResponseMessage> EnterCodeAsync(EditorialSession session, string code) =>
        session.PostFormAsync("/editorial/sign-in/code", "/editorial/sign-in/code", new Dictionary<string, string> { ["Code"] = code });
}
