namespace BcpLocalOffer.Core.Settings;

/// <summary>
/// A setting an administrator changes in the back office (such as the search synonyms), kept in
/// the database so every node of a load-balanced site reads the same value.
/// </summary>
public class SiteSetting
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
