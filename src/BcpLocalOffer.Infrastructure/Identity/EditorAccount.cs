using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>Someone on the editorial side: an author from a partner organisation, a board member or an administrator.</summary>
public class EditorAccount : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The partner organisation the person writes for (a name from the partner organisations list), or empty.</summary>
    public string Organisation { get; set; } = "";

    /// <summary>
    /// Service providers: the directory organisations (as a service names who runs it) whose
    /// listings the person keeps. Empty for everyone else.
    /// </summary>
    public List<string> Provides { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when an administrator disables the account: it cannot sign in and its sessions end.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>Board members: an email when something waits for their approval.</summary>
    public bool NotifyApprovals { get; set; } = true;

    /// <summary>Board members: those emails as one a day instead.</summary>
    public bool ApprovalsAsDigest { get; set; }

    /// <summary>Authors: an email when their change is approved and published, or sent back.</summary>
    public bool NotifyOwnChanges { get; set; } = true;

    /// <summary>Owners: reminders when their organisation's pages and services are due for review.</summary>
    public bool NotifyReviews { get; set; } = true;
}
