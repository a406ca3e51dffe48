namespace BcpLocalOffer.Core.Content.Redirects;

/// <summary>
/// An old public URL that answers 301. It points at a page by key (so it follows the page through
/// later moves and renames and chains never form) or, when an administrator says so, at a local path.
/// </summary>
public class Redirect
{
    public long Id { get; set; }

    /// <summary>Root-relative, lower case, no trailing slash: how <see cref="LocalPath.Normalise"/> leaves it.</summary>
    public string FromPath { get; set; } = "";

    public Guid? ToNodeKey { get; set; }

    public string? ToPath { get; set; }

    /// <summary>True when a rename or move made it, false when an administrator added it.</summary>
    public bool IsAutomatic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
