using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>A browser-like client for the back office: keeps cookies and sends the form's antiforgery token.</summary>
public sealed partial class EditorialSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    /// <summary>
    /// A new browser on a connection of its own (a random documentation-range IPv6 /64 in X-Forwarded-For,
    /// which a <see cref="DevelopmentFactory"/> site trusts as it would its proxy), so the sign-in
    /// throttle counts each session as the separate client it is.
    /// </summary>
    public static EditorialSession Open(LocalOfferFactory factory) =>
        Open(factory, $"2001:db8:{Random.Shared.Next(0x10000):x}:{Random.Shared.Next(0x10000):x}::1");

    /// <summary>A new browser from the given client address.</summary>
    public static EditorialSession Open(LocalOfferFactory factory, string clientAddress)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return new(client);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>
    /// Gets the page holding the form, then posts the fields with that page's token and, as a
    /// browser would, the form's hidden fields that the test does not set itself (such as the
    /// revision a workflow panel's approval names).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IDictionary<string, string> fields)
    {
        var page = await Client.GetStringAsync(formPage);
        var token = TokenField().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
        var content = new Dictionary<string, string>(fields);
        foreach (var (name, value) in HiddenFields(page, action))
        {
            content.TryAdd(name, value);
        }

        if (token is not null)
        {
            content["__RequestVerificationToken"] = token;
        }

        return await Client.PostAsync(action, new FormUrlEncodedContent(content));
    }

    /// <summary>The hidden fields of the page's form that posts to <paramref name="action"/>, if it has one.</summary>
    public static IEnumerable<(string Name, string Value)> HiddenFields(string page, string action)
    {
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelectorAll("form")
            .FirstOrDefault(f => string.Equals(f.GetAttribute("action"), action, StringComparison.Ordinal));
        return form is null
            ? []
            : form.QuerySelectorAll("input[type=hidden][name]")
                .Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
                .Where(f => f.Item1 != "__RequestVerificationToken")
                .ToList();
    }

    /// <summary>The same, for forms that send a field more than once (checkboxes).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await Client.GetStringAsync(formPage);
        var token = TokenField().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
        var content = fields.ToList();
        if (token is not null)
        {
            content.Add(new("__RequestVerificationToken", token));
        }

        return await Client.PostAsync(action, new FormUrlEncodedContent(content));
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/editorial/sign-in", "/editorial/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}
