using BcpLocalOffer.Core.WritingHelp;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.WritingHelp;

/// <summary>
/// The writing help beside a text an author is typing: the editor's script posts the text here as
/// the author pauses and shows the panel it gets back. Without script, the edit page shows the same
/// panel for the text as it was saved.
/// </summary>
public sealed class WritingHelpController(WritingAdviser adviser) : BackOfficeController
{
    /// <summary>Longer than any page the editor accepts; the limit only stops a post that is not a page.</summary>
    public const int MaxTextLength = 200_000;

    [HttpPost("/editorial/writing-help")]
    [RequestSizeLimit(MaxTextLength * 4)]
    public IActionResult Advise([FromForm] string? text, [FromForm] string? field)
    {
        if (text?.Length > MaxTextLength)
        {
            return Problem($"The text is longer than {MaxTextLength:N0} characters.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        return PartialView("_WritingHelp", new WritingHelpPanel(adviser.Advise(text), field ?? "the text"));
    }
}

/// <summary>The panel's advice, and the name of the field it is about ("Page text").</summary>
public sealed record WritingHelpPanel(WritingAdvice Advice, string FieldLabel);

/// <summary>The field a writing help panel sits under: its form name, label and current text.</summary>
public sealed record WritingHelpField(string FieldName, string FieldLabel, string? Text);
