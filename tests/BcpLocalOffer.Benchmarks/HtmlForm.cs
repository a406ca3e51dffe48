using System.Net;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// A form as a browser would submit it: the fields of one &lt;form&gt; on a page with the values it
/// shows (text inputs, hidden fields such as the antiforgery token, textareas, the selected option
/// of each select, ticked boxes). Enough for the site's own markup, not a general HTML parser.
/// </summary>
internal sealed partial record HtmlForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <exception cref="BenchmarkFailedException">No form on the page posts to that action.</exception>
    public static HtmlForm Find(string html, string action) =>
        Find(html, candidate => candidate == action, $"posting to {action}");

    /// <exception cref="BenchmarkFailedException">No form on the page posts to an action that ends so.</exception>
    public static HtmlForm FindEndingWith(string html, string actionEnding) =>
        Find(html, candidate => candidate.EndsWith(actionEnding, StringComparison.Ordinal), $"posting to …{actionEnding}");

    public string? this[string name] => Fields.FirstOrDefault(field => field.Key == name).Value;

    /// <summary>The same form with one field typed over (or added).</summary>
    public HtmlForm With(string name, string value)
    {
        var replaced = false;
        var fields = Fields.Select(field =>
        {
            if (field.Key != name || replaced)
            {
                return field;
            }

            replaced = true;
            return KeyValuePair.Create(name, value);
        }).ToList();
        if (!replaced)
        {
            fields.Add(KeyValuePair.Create(name, value));
        }

        return this with { Fields = fields };
    }

    private static HtmlForm Find(string html, Func<string, bool> actionMatches, string description)
    {
        foreach (Match form in FormElement().Matches(html))
        {
            var action = WebUtility.HtmlDecode(Attribute(form.Groups["attributes"].Value, "action") ?? "");
            if (actionMatches(action))
            {
                return new HtmlForm(action, ReadFields(form.Groups["body"].Value));
            }
        }

        throw new BenchmarkFailedException($"The page has no form {description}.");
    }

    private static List<KeyValuePair<string, string>> ReadFields(string body)
    {
        var fields = new List<(int Position, string Name, string Value)>();
        foreach (Match input in InputElement().Matches(body))
        {
            var attributes = input.Groups["attributes"].Value;
            var type = Attribute(attributes, "type") ?? "text";
            var name = Attribute(attributes, "name");
            var ticked = type is not ("checkbox" or "radio") || HasFlag(attributes, "checked");
            if (name is not null && ticked && type is not ("submit" or "button" or "file"))
            {
                fields.Add((input.Index, name, WebUtility.HtmlDecode(Attribute(attributes, "value") ?? "")));
            }
        }

        foreach (Match textarea in TextareaElement().Matches(body))
        {
            if (Attribute(textarea.Groups["attributes"].Value, "name") is { } name)
            {
                fields.Add((textarea.Index, name, WebUtility.HtmlDecode(textarea.Groups["text"].Value)));
            }
        }

        foreach (Match select in SelectElement().Matches(body))
        {
            if (Attribute(select.Groups["attributes"].Value, "name") is not { } name)
            {
                continue;
            }

            var options = OptionElement().Matches(select.Groups["options"].Value);
            var chosen = options.FirstOrDefault(option => HasFlag(option.Groups["attributes"].Value, "selected")) ?? options.FirstOrDefault();
            if (chosen is not null)
            {
                fields.Add((select.Index, name, WebUtility.HtmlDecode(Attribute(chosen.Groups["attributes"].Value, "value") ?? chosen.Groups["text"].Value)));
            }
        }

        return [.. fields.OrderBy(field => field.Position).Select(field => KeyValuePair.Create(WebUtility.HtmlDecode(field.Name), field.Value))];
    }

    private static string? Attribute(string attributes, string name)
    {
        foreach (Match attribute in AttributeValue().Matches(attributes))
        {
            if (attribute.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Groups["value"].Value;
            }
        }

        return null;
    }

    private static bool HasFlag(string attributes, string name) =>
        Regex.IsMatch(attributes, $@"(^|\s){name}(\s|=|$)", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"<form\b(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormElement();

    [GeneratedRegex(@"<input\b(?<attributes>[^>]*)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InputElement();

    [GeneratedRegex(@"<textarea\b(?<attributes>[^>]*)>(?<text>.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextareaElement();

    [GeneratedRegex(@"<select\b(?<attributes>[^>]*)>(?<options>.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectElement();

    [GeneratedRegex(@"<option\b(?<attributes>[^>]*)>(?<text>.*?)</option>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OptionElement();

    [GeneratedRegex(@"(?<name>[\w-]+)=""(?<value>[^""]*)""")]
    private static partial Regex AttributeValue();
}
