namespace BcpLocalOffer.Infrastructure.Mail;

/// <summary>"LocalOffer:Mail": how the site sends mail. No secrets belong in the repository. Links in mail use Site:PublicBaseUrl.</summary>
public sealed class MailOptions
{
    public const string SectionName = "LocalOffer:Mail";

    /// <summary>The address mail comes from.</summary>
    public string From { get; set; } = "localoffer@example.invalid";

    /// <summary>SMTP host; when empty, messages are written as .eml files to the pickup folder under the data path.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>Days a message may wait in the pickup folder before it is deleted: it holds a person's address.</summary>
    public int PickupRetentionDays { get; set; } = 7;

    public int SmtpPort { get; set; } = 587;

    public bool SmtpUseTls { get; set; } = true;

    /// <summary>Set by environment variable or a secret store, never in appsettings in the repository.</summary>
    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
