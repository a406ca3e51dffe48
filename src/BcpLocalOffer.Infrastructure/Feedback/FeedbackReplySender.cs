using System.Net;
using System.Net.Mail;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Feedback;

public sealed record FeedbackReply(string To, string Subject, string Body);

/// <summary>How a reply to feedback leaves the site. Swap the registration for another sender (an email API) if needed.</summary>
public interface IFeedbackReplySender
{
    Task SendAsync(FeedbackReply reply, CancellationToken cancellationToken = default);
}

/// <summary>
/// The default: each reply is written as an .eml file to &lt;DataPath&gt;/mail-pickup, for a mail
/// server's pickup service (or a person) to send. With LocalOffer:Feedback:Email:SmtpHost set, it
/// sends by SMTP instead.
/// </summary>
public sealed class SmtpOrPickupReplySender(IOptions<FeedbackOptions> options, DataFolder dataFolder) : IFeedbackReplySender
{
    public string PickupFolder => Path.Combine(dataFolder.Root, "mail-pickup");

    public async Task SendAsync(FeedbackReply reply, CancellationToken cancellationToken = default)
    {
        var email = options.Value.Email;
        using var message = new MailMessage(email.From, reply.To, reply.Subject, reply.Body);
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(email.SmtpHost))
        {
            Directory.CreateDirectory(PickupFolder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = PickupFolder;
        }
        else
        {
            client.Host = email.SmtpHost;
            client.Port = email.SmtpPort;
            client.EnableSsl = email.SmtpUseTls;
            if (!string.IsNullOrEmpty(email.SmtpUserName))
            {
                client.Credentials = new NetworkCredential(email.SmtpUserName, email.SmtpPassword);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
