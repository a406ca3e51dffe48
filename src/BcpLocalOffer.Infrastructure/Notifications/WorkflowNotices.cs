using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>
/// Who hears about a step of the one review workflow: the board when something waits for approval
/// (not whoever worked on it, who may not approve it), the people who worked on it when it is
/// approved or sent back (not whoever did that). Each person's choices in their account decide.
/// </summary>
public sealed class WorkflowNotices(LocalOfferDbContext db, Outbox outbox)
{
    private readonly NotificationRecipients recipients = new(db);

    public async Task QueueAsync(AuditAction action, AuditCapability capability, ReviewState review, string title, string address, Editor actor)
    {
        var what = Describe(capability);
        var step = $"{capability}:{address}:{review.Revision}:{action}:{review.SubmittedAt?.UtcTicks ?? 0}";
        switch (action)
        {
            case AuditAction.Submitted:
                foreach (var member in await recipients.BoardAsync())
                {
                    if (member.NotifyApprovals && !review.HasContributor(member.UserName!) && member.UserName != actor.Id)
                    {
                        await outbox.AddAsync($"{step}:{member.UserName}", NotificationKind.WaitingForApproval, member.UserName!,
                            $"Waiting for your approval: {title}",
                            $"{Capitalised(what)} “{title}” was sent for approval and waits for a member of the editorial board who did not work on it.",
                            address, forDigest: member.ApprovalsAsDigest);
                    }
                }

                break;
            case AuditAction.Approved or AuditAction.ChangesRequested:
                foreach (var author in await recipients.AuthorsAsync([.. review.ContributorIds.Where(id => id != actor.Id)]))
                {
                    var (kind, subject, body) = action == AuditAction.Approved
                        ? (NotificationKind.Approved, $"Approved and published: {title}", $"Your change to {what} “{title}” was approved and is now published.")
                        : (NotificationKind.SentBack, $"Sent back with a comment: {title}", $"Your change to {what} “{title}” was sent back. The reviewer said:\n\n{review.Comment}");
                    await outbox.AddAsync($"{step}:{author.UserName}", kind, author.UserName!, subject, body, address);
                }

                break;
        }
    }

    private static string Describe(AuditCapability capability) => capability switch
    {
        AuditCapability.Page => "the page",
        AuditCapability.Service => "the service",
        AuditCapability.PlanStatusChange => "the improvement plan change",
        AuditCapability.QuarterlyReport => "the quarterly update",
        AuditCapability.YouSaidWeDid => "the You said – We did entry",
        AuditCapability.Media => "the file",
        _ => "the item",
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
