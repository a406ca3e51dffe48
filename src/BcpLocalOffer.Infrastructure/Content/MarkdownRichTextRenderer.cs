using AngleSharp.Dom;
using BcpLocalOffer.Core.Content;
using Ganss.Xss;
using Markdig;

namespace BcpLocalOffer.Infrastructure.Content;

/// <summary>
/// Markdown to HTML with raw HTML switched off, then sanitised, so a page can never carry
/// script, event handlers or javascript: links whatever an editor types. Images are kept only
/// when they come from the site's own media library; tables get the GOV.UK table classes.
/// </summary>
public sealed class MarkdownRichTextRenderer : IRichTextRenderer
{
    /// <summary>The only place an image on a page may come from.</summary>
    public const string MediaPathPrefix = "/media/";

    private static readonly Dictionary<string, string> TableClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["table"] = "govuk-table",
        ["caption"] = "govuk-table__caption",
        ["thead"] = "govuk-table__head",
        ["tbody"] = "govuk-table__body",
        ["tr"] = "govuk-table__row",
        ["th"] = "govuk-table__header",
        ["td"] = "govuk-table__cell",
    };

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline));
    }

    private static readonly Uri ResolutionBase = new("https://local-offer.invalid/");

    /// <summary>
    /// The address the browser would request, if it is in the media library. Resolved first, as the
    /// browser resolves it: <c>/media/../editorial/content</c> is a request for the back office. Encoded
    /// dots and slashes and backslashes, which browsers also turn into path steps, are refused outright.
    /// </summary>
    private static string? MediaPath(string? source)
    {
        if (string.IsNullOrEmpty(source) || source.Contains('\\') || source.Contains("%2e", StringComparison.OrdinalIgnoreCase)
            || source.Contains("%2f", StringComparison.OrdinalIgnoreCase) || source.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(ResolutionBase, source, out var resolved) || resolved.Authority != ResolutionBase.Authority)
        {
            return null;
        }

        var path = resolved.AbsolutePath;
        return path.StartsWith(MediaPathPrefix, StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal)
            ? path + resolved.Query
            : null;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Add("id");
        // Classes come from here only, never from what an editor types (raw HTML is off anyway).
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.PostProcessNode += (_, e) => PostProcess(e.Node);
        return sanitizer;
    }

    private static void PostProcess(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        if (element.LocalName == "img")
        {
            if (MediaPath(element.GetAttribute("src")) is not { } source)
            {
                // An image from anywhere else (or with no usable address) becomes its alt text.
                element.Replace(element.Owner!.CreateTextNode(element.GetAttribute("alt") ?? ""));
                return;
            }

            element.SetAttribute("src", source);
            element.SetAttribute("alt", element.GetAttribute("alt") ?? "");
            element.SetAttribute("loading", "lazy");
            element.SetAttribute("class", "app-prose__image");
        }
        else if (TableClasses.TryGetValue(element.LocalName, out var className))
        {
            element.SetAttribute("class", className);
            if (element.LocalName == "th" && element.ParentElement?.ParentElement?.LocalName == "thead")
            {
                element.SetAttribute("scope", "col");
            }

            // Long tables scroll sideways on a phone inside their own region instead of widening the
            // page (see _site.scss): focusable, so keyboard users can scroll it, and named by its columns.
            if (element.LocalName == "table" && element.ParentElement?.ClassList.Contains("app-table-scroll") != true)
            {
                var wrapper = element.Owner!.CreateElement("div");
                wrapper.SetAttribute("class", "app-table-scroll");
                wrapper.SetAttribute("role", "region");
                wrapper.SetAttribute("tabindex", "0");
                var columns = element.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).Where(t => t.Length > 0).ToList();
                wrapper.SetAttribute("aria-label", columns.Count > 0 ? "Table: " + string.Join(", ", columns) : "Table");
                element.Replace(wrapper);
                wrapper.AppendChild(element);
            }
        }
    }
}
