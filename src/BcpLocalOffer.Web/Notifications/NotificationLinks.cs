using BcpLocalOffer.Infrastructure.Notifications;
using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Notifications;

/// <summary>
/// Links in notification email, which a background job writes outside any request: on the site's
/// public address (Site:PublicBaseUrl, which production sets), or on the address this node listens
/// on (a developer's machine).
/// </summary>
public sealed class NotificationLinks(IOptions<SiteOptions> options, IServer server) : INotificationLinks
{
    public Uri Absolute(string path)
    {
        if (Uri.TryCreate(options.Value.PublicBaseUrl, UriKind.Absolute, out var configured))
        {
            return new Uri(configured, path);
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal));
        return new Uri(new Uri(listening is null ? "http://localhost/" : listening.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("*", "localhost", StringComparison.Ordinal)), path);
    }
}
