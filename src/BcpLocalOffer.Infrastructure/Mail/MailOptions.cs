namespace BcpLocalOffer.Infrastructure.Mail;

/// <summary>"LocalOffer:Mail": how the site sends mail, and the address its links in mail point to. No secrets belong in the repository.</summary>
public sealed class MailOptions
{
    public const string SectionName = "LocalOffer:Mail";

    /// <summary>The address mail comes from.</summary>
    public string From { get; set; } = "localoffer@example.invalid";

    /// <summary>
    /// The site's public address (https://localoffer.example.gov.uk), for links in mail. Set it in
    /// production: without it a link takes the host of the request that caused the mail, which a
    /// proxy that passes any Host header would let someone choose.
    /// </summary>
    public Uri? SiteAddress { get; set; }

    /// <summary>SMTP host; when empty, messages are written as .eml files to the pickup folder under the data path.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpUseTls { get; set; } = true;

    /// <summary>Set by environment variable or a secret store, never in appsettings in the repository.</summary>
    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
