using System.Text.RegularExpressions;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>Reads what someone typed as a sign-in code, forgiving the spaces and hyphens people copy with it.</summary>
public static partial class SecurityCode
{
    /// <summary>The 6 digits of an authenticator code, or null when it is not one.</summary>
    public static string? Authenticator(string? typed)
    {
        var digits = Compact(typed);
        return SixDigits().IsMatch(digits) ? digits : null;
    }

    /// <summary>A recovery code as Identity stores it (XXXXX-XXXXX, upper case), or null when it cannot be one.</summary>
    public static string? Recovery(string? typed)
    {
        var code = Compact(typed).ToUpperInvariant();
        return code.Length == 10 && code.All(char.IsAsciiLetterOrDigit) ? code[..5] + "-" + code[5..] : null;
    }

    private static string Compact(string? typed) =>
        new([.. (typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
