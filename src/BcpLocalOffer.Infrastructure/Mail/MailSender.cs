using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Mail;

/// <summary>One plain-text message to one person: a reply to feedback, a set-password link, a request for a second administrator.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

/// <summary>How mail leaves the site. Swap the registration for another sender (an email API) if needed.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

/// <summary>
/// The default: each message is written as an .eml file to &lt;DataPath&gt;/mail-pickup, for a mail
/// server's pickup service (or a person) to send; <see cref="MailPickupFolder"/> deletes what is left. With LocalOffer:Mail:SmtpHost set, it sends by
/// SMTP instead.
/// </summary>
public sealed class SmtpOrPickupMailSender(IOptions<MailOptions> options, MailPickupFolder pickup) : IMailSender
{

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, mail.To, mail.Subject, mail.Body);
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(pickup.Path);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = pickup.Path;
        }
        else
        {
            client.Host = settings.SmtpHost;
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.SmtpUseTls;
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
