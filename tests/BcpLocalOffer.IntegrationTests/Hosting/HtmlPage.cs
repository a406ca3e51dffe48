using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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

    /// <summary>The fields of the page's editing form (the one with a Name field) as the browser would send them, checked boxes included.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IDocument page)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.QuerySelector("[name=Name]") is not null);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input").Where(i => i.Name is not null and not "__RequestVerificationToken"))
        {
            if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
            {
                fields.Add(new(input.Name!, input.Value));
            }
        }

        fields.AddRange(form.QuerySelectorAll<IHtmlTextAreaElement>("textarea").Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)));
        fields.AddRange(form.QuerySelectorAll<IHtmlSelectElement>("select").Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? "")));
        return fields;
    }
}
