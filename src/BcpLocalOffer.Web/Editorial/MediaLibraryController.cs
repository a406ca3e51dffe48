using BcpLocalOffer.Core.Media;
using BcpLocalOffer.Infrastructure.Media;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Editorial;

/// <summary>The media library: upload PDFs and images, describe them, copy a snippet for a page, delete them.</summary>
public sealed class MediaLibraryController(MediaLibrary media) : EditorialController
{
    private const string Root = "/editorial/media";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? q, int page = 1, string? done = null)
    {
        var search = q is { Length: > 200 } ? q[..200] : q;
        ViewData["Title"] = "Media library";
        return View("MediaLibrary", new MediaLibraryModel(search, await media.ListAsync(search, page), done, media.DisplayMaxSize));
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
        var item = await media.FindAsync(key);
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

        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowDetails((await media.FindAsync(key))!, form, null);
        }

        return Redirect($"{Root}/{key:N}?done=saved");
    }

    [HttpGet(Root + "/{key:guid}/delete")]
    public async Task<IActionResult> Delete(Guid key)
    {
        var item = await media.FindAsync(key);
        if (item is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "Delete " + item.Title;
        return View("MediaDelete", new MediaDetailsModel(item, new MediaForm(), null, MediaLibrary.CanDelete(item, User.ToEditor())));
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
            Response.StatusCode = StatusCodes.Status403Forbidden;
            ViewData["Title"] = "You cannot do that";
            return View("Refused", reason);
        }

        return Redirect($"{Root}?done=deleted");
    }

    private ViewResult ShowUpload(MediaForm form)
    {
        ViewData["Title"] = "Upload a file";
        return View("MediaUpload", new MediaUploadModel(form, media.DisplayMaxSize));
    }

    private ViewResult ShowDetails(MediaItem item, MediaForm form, string? done)
    {
        ViewData["Title"] = item.Title;
        return View("MediaDetails", new MediaDetailsModel(item, form, done, MediaLibrary.CanDelete(item, User.ToEditor())));
    }
}

/// <summary>The title and alt text as typed, so a refused upload or edit loses nothing but the file itself.</summary>
public sealed class MediaForm
{
    public string? Title { get; set; }

    public string? AltText { get; set; }
}

public sealed record MediaLibraryModel(string? Search, MediaListPage Results, string? Done, string MaxSize);

public sealed record MediaUploadModel(MediaForm Form, string MaxSize);

public sealed record MediaDetailsModel(MediaItem Item, MediaForm Form, string? Done, bool CanDelete);
