namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// The three roles of the editorial side. Authors write; the editorial board reviews and
/// publishes (an author can never approve their own change); administrators manage people,
/// organisations, settings and redirects, and do not publish unless they are on the board too.
/// </summary>
public static class EditorialRoles
{
    public const string Author = "Author";
    public const string EditorialBoard = "EditorialBoard";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Author, EditorialBoard, Administrator];

    /// <summary>The roles whose grant, two-factor reset or new password needs a second administrator.</summary>
    public static readonly IReadOnlyList<string> Privileged = [EditorialBoard, Administrator];

    public static string Label(string role) => role switch
    {
        EditorialBoard => "Editorial board",
        _ => role,
    };
}
