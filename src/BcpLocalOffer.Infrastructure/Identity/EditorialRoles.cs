namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// The four roles of the editorial side. Authors write; the editorial board reviews and
/// publishes (an author can never approve their own change); administrators manage people,
/// organisations, settings and redirects, and do not publish unless they are on the board too;
/// service providers keep their own organisations' directory listings and see nothing else.
/// </summary>
public static class EditorialRoles
{
    public const string Author = "Author";
    public const string EditorialBoard = "EditorialBoard";
    public const string Administrator = "Administrator";
    public const string Provider = "Provider";

    public static readonly IReadOnlyList<string> All = [Author, EditorialBoard, Administrator, Provider];

    /// <summary>The roles whose grant, two-factor reset or new password needs a second administrator.</summary>
    public static readonly IReadOnlyList<string> Privileged = [EditorialBoard, Administrator];

    /// <summary>
    /// Whether an account with these roles is a provider and nothing more: such an account reaches only
    /// what is marked open to providers. A provider who is also an author keeps an author's reach.
    /// </summary>
    public static bool IsProviderOnly(IEnumerable<string> roles)
    {
        var held = roles.ToList();
        return held.Contains(Provider) && !held.Any(r => r != Provider && All.Contains(r));
    }

    public static string Label(string role) => role switch
    {
        EditorialBoard => "Editorial board",
        Provider => "Service provider",
        _ => role,
    };
}
