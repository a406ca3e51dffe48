namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>The changes to an account that would let one administrator act as somebody else.</summary>
public enum PrivilegedChangeKind
{
    /// <summary>Giving an account the editorial board or administrator role.</summary>
    RoleGrant,

    /// <summary>Turning off two-factor sign-in for a board member or administrator.</summary>
    TwoFactorReset,

    /// <summary>Mailing a board member or administrator a link to choose a new password.</summary>
    SetPasswordLink,
}

public enum PrivilegedChangeOutcome
{
    Approved,
    Declined,
}

/// <summary>
/// A privileged change one administrator asked for, waiting for a second administrator. Nothing
/// happens to the account until someone other than the requester (and other than the person
/// the account belongs to) approves; then the change is made as it was asked for.
/// </summary>
public class PrivilegedChange
{
    public Guid Id { get; set; }

    public string AccountId { get; set; } = "";

    public PrivilegedChangeKind Kind { get; set; }

    /// <summary>For a role grant: the roles to add, comma-separated, in the order of <see cref="EditorialRoles.All"/>.</summary>
    public string Roles { get; set; } = "";

    /// <summary>The requesting administrator's user name, as editors are named in the workflow.</summary>
    public string RequestedBy { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public PrivilegedChangeOutcome? Outcome { get; set; }

    public IReadOnlyList<string> RoleList => [.. Roles.Split(',', StringSplitOptions.RemoveEmptyEntries)];

    public string Describe() => Kind switch
    {
        PrivilegedChangeKind.RoleGrant => "Give the " + string.Join(" and ", RoleList.Select(EditorialRoles.Label)) + " role",
        PrivilegedChangeKind.TwoFactorReset => "Reset two-factor sign-in",
        _ => "Send a set-password link",
    };
}
