using System.Text;
using System.Text.Encodings.Web;
using BcpLocalOffer.Core.Comparison;
using Microsoft.AspNetCore.Html;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>
/// One side of a comparison as HTML: removed words in &lt;del&gt; on the old side, added words in
/// &lt;ins&gt; on the new side, each announced in words as well (not by colour or strike-through alone).
/// Built as one string because the markup sits in a pre-wrap block where stray whitespace shows.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent OldSide(IReadOnlyList<DiffPiece> pieces) => Render(pieces, DiffKind.Deleted);

    public static IHtmlContent NewSide(IReadOnlyList<DiffPiece> pieces) => Render(pieces, DiffKind.Inserted);

    private static HtmlString Render(IReadOnlyList<DiffPiece> pieces, DiffKind marked)
    {
        var html = new StringBuilder();
        var encoder = HtmlEncoder.Default;
        foreach (var piece in pieces)
        {
            if (piece.Kind == DiffKind.Unchanged)
            {
                html.Append(encoder.Encode(piece.Text));
            }
            else if (piece.Kind == marked)
            {
                var (tag, word) = marked == DiffKind.Deleted ? ("del", "removed") : ("ins", "added");
                html.Append('<').Append(tag).Append(" class=\"app-diff__").Append(word).Append("\">")
                    .Append("<span class=\"govuk-visually-hidden\">[").Append(word).Append(": </span>")
                    .Append(encoder.Encode(piece.Text))
                    .Append("<span class=\"govuk-visually-hidden\">]</span></").Append(tag).Append('>');
            }
        }

        return new HtmlString(html.ToString());
    }
}
