using System.Net;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.IntegrationTests.Feedback;

/// <summary>Reads a public form's cookieless token from its page, as a browser would send it back.</summary>
public static partial class PublicForm
{
    [GeneratedRegex("name=\"__FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"{page} has no form token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, string token, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__FormToken", token))));

    public static Dictionary<string, string> Comment(int topic, string comment = "The short breaks page does not say how to apply.") => new()
    {
        ["Role"] = "parent-or-carer",
        ["Topic"] = topic.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Comment"] = comment,
        ["Improvement"] = "A step by step list.",
        ["ReplyWanted"] = "no",
    };
}
