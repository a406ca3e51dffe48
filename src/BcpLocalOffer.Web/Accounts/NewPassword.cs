using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// A new password typed twice, as both the set-password link and "change your password" ask for it:
/// the checks before Identity sees it, and Identity's refusals in words a person can act on.
/// </summary>
public static class NewPassword
{
    public const int MaxLength = 200;

    /// <summary>The field to mark and what to say, or null when the two entries can go to Identity.</summary>
    public static (string Field, string Message)? Problem(string? password, string? confirmation, string passwordField, string confirmationField) =>
        string.IsNullOrEmpty(password) ? (passwordField, "Enter a new password")
        : password.Length > MaxLength ? (passwordField, $"The password must be {MaxLength} characters or fewer")
        : password != confirmation ? (confirmationField, "The passwords do not match. Type the same password twice")
        : null;

    public static string Describe(IEnumerable<IdentityError> errors)
    {
        var list = errors.ToList();
        return list.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort))
            ? "The password must be at least 12 characters. A few unrelated words make a strong one that is easy to remember"
            : list.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars))
                ? "The password must use at least 4 different characters"
                : string.Join(" ", list.Select(e => e.Description.TrimEnd('.')));
    }
}
