using System.Net.Sockets;
using System.Text;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// Requests the in-memory test server cannot even build (null bytes, raw control characters),
/// sent as raw bytes to the real Kestrel port: none may produce a server error.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RealServerBadInputTests(LocalOfferSite site)
{
    [Theory]
    [InlineData("/%00")]
    [InlineData("/short-breaks%00.md")]
    [InlineData("/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd")]
    [InlineData("/short-breaks?q=%00%01%02")]
    [InlineData("//short-breaks")]
    [InlineData("/short-breaks;jsessionid=1")]
    [InlineData("/short\u0001breaks")]
    [InlineData("/\u00ff\u00fe")]
    public async Task Hostile_request_lines_never_cause_a_server_error(string target)
    {
        var status = await SendRawAsync($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.True(status is >= 200 and < 500, $"{target} answered {status}");
    }

    private async Task<int> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.BaseAddress.Host, site.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync() ?? "";
        var parts = statusLine.Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : 0;
    }
}
