using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>Fetches a page and parses it, so tests assert on what a reader sees rather than on raw strings.</summary>
public static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, Parser.ParseDocument(html));
    }

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
