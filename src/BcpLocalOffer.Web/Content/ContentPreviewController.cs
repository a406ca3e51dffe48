using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Web.Content;
using Microsoft.AspNetCore.Mvc;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// Any version of a page exactly as the public will see it, rendered by the public site's own
/// views and layout, under a banner that says it is not published. Never cached, never indexed.
/// </summary>
public sealed class ContentPreviewController(ContentPreview preview) : BackOfficeController
{
    [HttpGet("/editorial/content/{key:guid}/versions/{number:int}/preview")]
    public async Task<IActionResult> Preview(Guid key, int number)
    {
        var result = await preview.BuildAsync(key, number);
        if (result is null)
        {
            return NotFound();
        }

        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        ViewData[PreviewBanner.ViewDataKey] = new PreviewBanner(key, number, result.Version.Name, StatusOf(result.Version.Review.State));
        return PublishedPageView.Render(this, result.Page, result.Snapshot);
    }

    private static string StatusOf(WorkflowState state) => state switch
    {
        WorkflowState.Submitted => "It is waiting for review by the editorial board.",
        WorkflowState.ChangesRequested => "The editorial board asked for changes to it.",
        WorkflowState.Approved => "It was approved.",
        _ => "It is a draft.",
    };
}
