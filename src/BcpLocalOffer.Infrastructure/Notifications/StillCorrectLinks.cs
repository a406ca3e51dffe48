using System.Globalization;
using System.Security.Cryptography;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>What a "still correct" link names: the item, the review date it was sent for, whom it was sent to and until when it works.</summary>
public sealed record StillCorrectClaim(ReviewItemKind Kind, Guid Id, DateOnly ReviewBy, string Recipient, DateTimeOffset Expires);

public enum StillCorrectOutcome
{
    Confirmed,
    Invalid,
    Expired,
    AlreadyReviewed,
    WrongPerson,
    NotFound,
}

/// <summary>
/// The one-click "still correct" link in a review reminder: signed with the site's data-protection
/// keys (shared by every node, kept in the database), naming the item, its review date and the
/// person it was sent to, and expiring. It needs no sign-in; it works once, because confirming
/// moves the item's review date on; and it is refused for someone who no longer looks after the item.
/// </summary>
public sealed class StillCorrectLinks(IDataProtectionProvider protection, IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public const string Path = "/still-correct";
    private readonly IDataProtector protector = protection.CreateProtector("BcpLocalOffer.StillCorrect.v1");

    public string Create(ReviewItem item, string recipient)
    {
        var expires = clock.GetUtcNow().AddDays(options.Value.StillCorrectLinkDays);
        var token = protector.Protect(string.Join('|', item.Kind, item.Id, item.ReviewBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), recipient, expires.ToUnixTimeSeconds()));
        return $"{Path}?token={Uri.EscapeDataString(token)}";
    }

    /// <summary>What the link says, or why it does not work.</summary>
    public (StillCorrectClaim? Claim, StillCorrectOutcome Problem) Read(string? token)
    {
        string[] parts;
        try
        {
            parts = token is { Length: > 0 and < 2000 } ? protector.Unprotect(token).Split('|') : [];
        }
        catch (CryptographicException)
        {
            parts = [];
        }

        if (parts.Length != 5
            || !Enum.TryParse<ReviewItemKind>(parts[0], out var kind)
            || !Guid.TryParse(parts[1], out var id)
            || !DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewBy)
            || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var seconds))
        {
            return (null, StillCorrectOutcome.Invalid);
        }

        var claim = new StillCorrectClaim(kind, id, reviewBy, parts[3], DateTimeOffset.FromUnixTimeSeconds(seconds));
        return clock.GetUtcNow() > claim.Expires ? (claim, StillCorrectOutcome.Expired) : (claim, StillCorrectOutcome.Confirmed);
    }

    /// <summary>Marks the item reviewed for the person the link was sent to, if the link still works.</summary>
    public async Task<StillCorrectOutcome> ConfirmAsync(string? token)
    {
        var (claim, problem) = Read(token);
        if (claim is null || problem != StillCorrectOutcome.Confirmed)
        {
            return problem;
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (await services.GetRequiredService<CurrentEditors>().FindAsync(claim.Recipient) is not { } owner)
        {
            return StillCorrectOutcome.WrongPerson;
        }

        if (claim.Kind == ReviewItemKind.Page)
        {
            var result = await services.GetRequiredService<PageReviews>().ConfirmStillCorrectAsync(claim.Id, claim.ReviewBy, owner);
            return Outcome(result.Outcome);
        }

        var service = await services.GetRequiredService<DirectoryEditing>().ConfirmStillCorrectAsync(claim.Id, claim.ReviewBy, owner);
        return Outcome(service.Outcome);
    }

    private static StillCorrectOutcome Outcome(EditOutcome outcome) => outcome switch
    {
        EditOutcome.Done => StillCorrectOutcome.Confirmed,
        EditOutcome.Conflict => StillCorrectOutcome.AlreadyReviewed,
        EditOutcome.Refused => StillCorrectOutcome.WrongPerson,
        _ => StillCorrectOutcome.NotFound,
    };
}
