using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Site;
using Microsoft.Extensions.Options;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.Users;

/// <summary>
/// Links in mail about accounts: on the site's public address (Site:PublicBaseUrl), as the sitemap's
/// are, or, where none is configured (a developer's machine), on the address of the request being
/// served. Set it in production: a proxy that passes any Host header would otherwise let someone
/// choose where a password link points.
/// </summary>
public sealed class AccountLinks(IOptions<SiteOptions> options, IHttpContextAccessor http) : IAccountLinks
{
    public Uri SetPassword(string accountId, string token) =>
        new(Root(), $"{SetPasswordController.Path}?user={Uri.EscapeDataString(accountId)}&token={Uri.EscapeDataString(token)}");

    public Uri Account(string accountId) => new(Root(), $"/editorial/users/{Uri.EscapeDataString(accountId)}");

    private Uri Root()
    {
        if (Uri.TryCreate(options.Value.PublicBaseUrl, UriKind.Absolute, out var configured))
        {
            return configured;
        }

        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Set Site:PublicBaseUrl: a link in mail was made outside a request.");
        return new Uri($"{request.Scheme}://{request.Host}/");
    }
}
