using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Mail;
using Microsoft.Extensions.Options;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.Users;

/// <summary>
/// Links in mail about accounts: on the configured public address (LocalOffer:Mail:SiteAddress),
/// or, where none is configured (a developer's machine), on the address of the request being served.
/// </summary>
public sealed class AccountLinks(IOptions<MailOptions> options, IHttpContextAccessor http) : IAccountLinks
{
    public Uri SetPassword(string accountId, string token) =>
        new(Root(), $"{SetPasswordController.Path}?user={Uri.EscapeDataString(accountId)}&token={Uri.EscapeDataString(token)}");

    public Uri Account(string accountId) => new(Root(), $"/editorial/users/{Uri.EscapeDataString(accountId)}");

    private Uri Root()
    {
        if (options.Value.SiteAddress is { IsAbsoluteUri: true } configured)
        {
            return configured;
        }

        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Set LocalOffer:Mail:SiteAddress: a link in mail was made outside a request.");
        return new Uri($"{request.Scheme}://{request.Host}/");
    }
}
