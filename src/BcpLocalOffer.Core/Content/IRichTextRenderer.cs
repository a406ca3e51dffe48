namespace BcpLocalOffer.Core.Content;

/// <summary>Turns an editor's rich text (Markdown) into HTML that is safe to put on a public page.</summary>
public interface IRichTextRenderer
{
    string ToSafeHtml(string markdown);
}
