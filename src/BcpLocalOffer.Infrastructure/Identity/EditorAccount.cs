using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>Someone on the editorial side: an author from a partner organisation, a board member or an administrator.</summary>
public class EditorAccount : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The partner organisation the person writes for (a name from the partner organisations list), or empty.</summary>
    public string Organisation { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when an administrator disables the account: it cannot sign in and its sessions end.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
