using System.Net;

namespace BcpLocalOffer.Web.Site;

/// <summary>
/// Who "one client" is for rate limits and the sign-in throttle: an IPv4 address, or an IPv6 /64.
/// An IPv6 home or office is given a whole /64 and can rotate through it freely, so counting full
/// IPv6 addresses would count one client as billions. Held in memory only, never stored or logged.
/// </summary>
public static class ClientAddress
{
    public static string Key(HttpContext context) => Key(context.Connection.RemoteIpAddress);

    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
