using BcpLocalOffer.Core.Content;
using Ganss.Xss;
using Markdig;

namespace BcpLocalOffer.Infrastructure.Content;

/// <summary>
/// Markdown to HTML with raw HTML switched off, then sanitised, so a page can never carry
/// script, event handlers or javascript: links whatever an editor types.
/// </summary>
public sealed class MarkdownRichTextRenderer : IRichTextRenderer
{
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

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }
}
