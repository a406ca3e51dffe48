using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>Posts a file as a browser would: multipart, with the form page's antiforgery token.</summary>
public static partial class MultipartUpload
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public static async Task<HttpResponseMessage> PostFileAsync(
        this EditorialSession session, string formPage, string action, string fileName, string claimedContentType, byte[] bytes, IDictionary<string, string> fields)
    {
        var page = await session.Client.GetStringAsync(formPage);
        var content = new MultipartFormDataContent();
        if (TokenField().Match(page) is { Success: true } match)
        {
            content.Add(new StringContent(WebUtility.HtmlDecode(match.Groups[1].Value)), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(claimedContentType);
        content.Add(file, "File", fileName);
        return await session.Client.PostAsync(action, content);
    }
}
