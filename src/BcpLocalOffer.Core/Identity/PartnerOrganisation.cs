namespace BcpLocalOffer.Core.Identity;

/// <summary>
/// A partner organisation that owns pages and employs authors: the council's services, the NHS,
/// SENDIASS, the parent carer forum. Retired organisations stay in the list (pages' history and the
/// audit log name them) but are no longer offered as a choice.
/// </summary>
public class PartnerOrganisation
{
    public const int MaxNameLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>Why a name cannot be used, or null when it can (uniqueness is the store's to check).</summary>
    public static string? NameProblem(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return "Enter the organisation’s name";
        }

        if (trimmed.Length > MaxNameLength)
        {
            return $"The name must be {MaxNameLength} characters or fewer";
        }

        return trimmed.Any(char.IsControl) ? "The name must be on one line" : null;
    }
}
