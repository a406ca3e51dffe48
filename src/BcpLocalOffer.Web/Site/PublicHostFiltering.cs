using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Site;

/// <summary>
/// Where <c>AllowedHosts</c> is left at "*" and <c>Site:PublicBaseUrl</c> is set, the site answers only
/// to its public host name, and to loopback names so probes on the machine itself still work; any
/// other Host header gets 400. A council that probes nodes by address lists them in AllowedHosts itself.
/// </summary>
public sealed class PublicHostFiltering(IOptions<SiteOptions> site) : IPostConfigureOptions<HostFilteringOptions>
{
    public void PostConfigure(string? name, HostFilteringOptions options)
    {
        if (options.AllowedHosts.Any(host => host != "*") || !Uri.TryCreate(site.Value.PublicBaseUrl, UriKind.Absolute, out var publicBase))
        {
            return;
        }

        options.AllowedHosts = [publicBase.Host, "localhost", "127.0.0.1", "[::1]"];
    }
}
