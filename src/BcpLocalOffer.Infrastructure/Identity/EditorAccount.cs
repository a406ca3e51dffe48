using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>Someone on the editorial side: an author from a partner organisation, a board member or an administrator.</summary>
public class EditorAccount : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The partner organisation the person writes for (one of content-seed/organisations.txt).</summary>
    public string Organisation { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
