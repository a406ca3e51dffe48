using BcpLocalOffer.Core.Media;
using BcpLocalOffer.Infrastructure.Media;
using BcpLocalOffer.Core.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Media;

/// <summary>
/// The media library: upload PDFs and images, describe them, copy a snippet for a page, delete them;
/// uploads go through the one editorial workflow (the board's approval queue is <c>?state=waiting</c>).
/// </summary>
public sealed class MediaLibraryController(MediaLibrary media) : BackOfficeController
{
    private const string Root = "/editorial/media";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? q, string? state, int page = 1, string? done = null)
    {
        var search = q is { Length: > 200 } ? q[..200] : q;
        var waiting = state == "waiting";
        ViewData["Title"] = waiting ? "Media waiting for approval" : "Media library";
        return View("MediaLibrary", new MediaLibraryModel(search, waiting, await media.ListAsync(search, page, waiting), done, media.DisplayMaxSize, User.ToEditor()));
    }

    [HttpGet(Root + "/upload")]
    public IActionResult Upload() => ShowUpload(new MediaForm());

    [HttpPost(Root + "/upload")]
    public async Task<IActionResult> Upload(IFormFile? file, MediaForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        MediaResult result;
        await using (var content = file?.OpenReadStream() ?? Stream.Null)
        {
            result = await media.UploadAsync(content, file?.Length ?? 0, file?.FileName, form.Title, form.AltText, User.ToEditor(), cancellationToken);
        }

        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowUpload(form);
        }

        return Redirect($"{Root}/{result.Item!.Key:N}?done=uploaded");
    }

    [HttpGet(Root + "/{key:guid}")]
    public async Task<IActionResult> Details(Guid key, string? done)
    {
        var item = await media.GetAsync(key);
        return item is null ? NotFound() : ShowDetails(item, new MediaForm { Title = item.Title, AltText = item.AltText }, done);
    }

    [HttpPost(Root + "/{key:guid}")]
    public async Task<IActionResult> Details(Guid key, MediaForm form)
    {
        ModelState.Clear();
        var result = await media.UpdateAsync(key, form.Title, form.AltText, User.ToEditor());
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.RefusedReason is { } reason)
        {
            return Refused(reason);
        }

        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowDetails((await media.GetAsync(key))!, form, null);
        }

        return Redirect($"{Root}/{key:N}?done=saved");
    }

    [HttpGet(Root + "/{key:guid}/delete")]
    public async Task<IActionResult> Delete(Guid key)
    {
        var item = await media.GetAsync(key);
        if (item is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "Delete " + item.Title;
        return View("MediaDelete", new MediaDetailsModel(item, new MediaForm(), null, User.ToEditor()));
    }

    [HttpPost(Root + "/{key:guid}/delete")]
    public async Task<IActionResult> ConfirmDelete(Guid key)
    {
        var result = await media.DeleteAsync(key, User.ToEditor());
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.RefusedReason is { } reason)
        {
            return Refused(reason);
        }

        return Redirect($"{Root}?done=deleted");
    }

    [HttpPost(Root + "/{key:guid}/submit")]
    public async Task<IActionResult> Submit(Guid key) =>
        Outcome(await media.SubmitAsync(key, User.ToEditor()), $"{Root}/{key:N}?done=submitted");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/{key:guid}/approve")]
    public async Task<IActionResult> Approve(Guid key, int? revision) =>
        Outcome(await media.ApproveAsync(key, revision, User.ToEditor()), $"{Root}/{key:N}?done=approved");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/{key:guid}/request-changes")]
    public async Task<IActionResult> RequestChanges(Guid key, string? comment) =>
        Outcome(await media.RequestChangesAsync(key, User.ToEditor(), comment), $"{Root}/{key:N}?done=returned");

    private ViewResult ShowUpload(MediaForm form)
    {
        ViewData["Title"] = "Upload a file";
        return View("MediaUpload", new MediaUploadModel(form, media.DisplayMaxSize));
    }

    private ViewResult ShowDetails(MediaItem item, MediaForm form, string? done)
    {
        ViewData["Title"] = item.Title;
        return View("MediaDetails", new MediaDetailsModel(item, form, done, User.ToEditor()));
    }
}

/// <summary>The title and alt text as typed, so a refused upload or edit loses nothing but the file itself.</summary>
public sealed class MediaForm
{
    public string? Title { get; set; }

    public string? AltText { get; set; }
}

public sealed record MediaLibraryModel(string? Search, bool WaitingOnly, MediaListPage Results, string? Done, string MaxSize, Editor Editor);

public sealed record MediaUploadModel(MediaForm Form, string MaxSize);

public sealed record MediaDetailsModel(MediaItem Item, MediaForm Form, string? Done, Editor Editor)
{
    public bool CanChange => MediaLibrary.IsUploaderOrBoard(Item, Editor);
}
