using System.Net.Sockets;
using System.Text;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// Requests the in-memory test server cannot even build (null bytes, raw control characters) or
/// does not limit as Kestrel does (a chunked body past a form's limit), sent to the real Kestrel
/// port: none may produce a server error.
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

    [Theory]
    [InlineData("/%00")]
    [InlineData("/short-breaks%00")]
    [InlineData("%2F%2Fexample.org")]
    public async Task A_page_answer_for_a_hostile_page_address_is_a_400_not_a_server_error(string encodedPage)
    {
        using var client = NewClient();
        var token = await FormTokenAsync(client, "/short-breaks");

        using var answer = await client.PostAsync("/page-feedback", new StringContent(
            $"useful=no&page={encodedPage}&__FormToken={Uri.EscapeDataString(token)}", Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task A_chunked_post_far_over_the_forms_limit_is_a_413_not_a_server_error()
    {
        using var client = NewClient();
        var token = await FormTokenAsync(client, "/have-your-say");
        var body = $"__FormToken={Uri.EscapeDataString(token)}&Comment=" + new string('a', 200 * 1024);
        // No Content-Length: the size is only found out while the body is read.
        using var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/have-your-say") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var answer = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    private HttpClient NewClient() =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<string> FormTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__FormToken\" value=\"([^\"]+)\"");
        Assert.True(match.Success, $"{page} has no form token.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
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
