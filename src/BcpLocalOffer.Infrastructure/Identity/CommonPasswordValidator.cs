using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are common, breached or built on something guessable, as NIST 800-63B asks:
/// on the shipped list (<c>common-passwords.txt</c>, read from the assembly, no network call), the
/// same with numbers and symbols added at either end, all digits and symbols, one or two characters
/// repeated, a run of the alphabet or keyboard digits, or the account's own email name (with
/// numbers or symbols added).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<EditorAccount>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Listed = new(Load);

    public static int ListedCount => Listed.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<EditorAccount> manager, EditorAccount user, string? password) =>
        Task.FromResult(string.IsNullOrEmpty(password) || !IsGuessable(password, user)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "Choose a password that is harder to guess: this one is on a list of common passwords, or is one with numbers or symbols added. Three or four random words work well",
            }));

    private static bool IsGuessable(string password, EditorAccount user)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim().TrimStart(NotALetter).TrimEnd(NotALetter);
        var joined = Joined(core);
        if (Listed.Value.Contains(lower) || Listed.Value.Contains(core) || Listed.Value.Contains(joined) || joined.Length == 0)
        {
            return true;
        }

        if (joined.Distinct().Count() <= 2 || IsRun(joined))
        {
            return true;
        }

        var emailName = Joined((user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant());
        return emailName.Length > 0 && joined == emailName;
    }

    private static readonly char[] NotALetter = [.. Enumerable.Range(32, 95).Select(c => (char)c).Where(c => !char.IsLetter(c))];

    /// <summary>Without spaces, dots, hyphens and underscores: "correct horse" and "correct-horse" are one guess.</summary>
    private static string Joined(string text) => string.Concat(text.Where(c => c is not (' ' or '.' or '-' or '_')));

    /// <summary>abcdef…, zyxw…, 3456…: each character one step from the last.</summary>
    private static bool IsRun(string text) =>
        text.Length > 1 && (Enumerable.Range(1, text.Length - 1).All(i => text[i] - text[i - 1] == 1)
            || Enumerable.Range(1, text.Length - 1).All(i => text[i] - text[i - 1] == -1));

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("BcpLocalOffer.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                listed.Add(line);
            }
        }

        return listed;
    }
}
