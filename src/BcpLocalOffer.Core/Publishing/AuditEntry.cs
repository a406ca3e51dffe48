namespace BcpLocalOffer.Core.Publishing;

/// <summary>One thing someone did on the editorial side: who, what, when, to which page and version.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The account id, or "content-seed" / "system" for the importer and the scheduler.</summary>
    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public Guid? NodeKey { get; set; }

    public int? VersionNumber { get; set; }

    /// <summary>A short description with no personal data about families (a page name, a comment from the board).</summary>
    public string Detail { get; set; } = "";
}
