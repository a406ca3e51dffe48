using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// Identity asks this before every sign-in, by password or by code: a disabled account is refused
/// (the sign-in result is "not allowed"), whatever its password.
/// </summary>
public sealed class ActiveAccountConfirmation : IUserConfirmation<EditorAccount>
{
    public Task<bool> IsConfirmedAsync(UserManager<EditorAccount> manager, EditorAccount user) => Task.FromResult(user.DisabledAt is null);
}
