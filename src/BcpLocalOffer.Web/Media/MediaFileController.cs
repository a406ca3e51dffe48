using Microsoft.AspNetCore.Authorization;
using BcpLocalOffer.Infrastructure.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace BcpLocalOffer.Web.Media;

/// <summary>
/// Serves uploaded files with the type their bytes were checked to be, never sniffed by the
/// browser, and sandboxed so a crafted file cannot run script as this site. The public gets a file
/// once the board has approved it; until then only signed-in editors do (for their drafts and
/// previews), and nobody may keep that copy. Approved files are kept for five minutes and then
/// checked again (a 304 when unchanged), so a deleted file stops being served within minutes.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class MediaFileController(MediaLibrary media) : Controller
{
    public const string ContentSecurityPolicy = "sandbox";

    [HttpGet("/media/{key:guid}/{slug}.{extension}")]
    [HttpHead("/media/{key:guid}/{slug}.{extension}")]
    public async Task<IActionResult> Serve(Guid key, string slug, string extension, CancellationToken cancellationToken)
    {
        var item = await media.GetAsync(key);
        if (item is null || !string.Equals(item.Extension, extension, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var editorsOnly = !item.IsPublic;
        if (editorsOnly && User.Identity?.IsAuthenticated != true)
        {
            return NotFound();
        }

        if (!string.Equals(item.Slug, slug, StringComparison.Ordinal))
        {
            return RedirectPermanent(item.PublicPath);
        }

        if (await media.CachedFileAsync(item, cancellationToken) is not { } path)
        {
            return NotFound();
        }

        var headers = Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = editorsOnly ? "private, no-store" : "public, max-age=300, must-revalidate";
        if (!item.IsImage)
        {
            // The slug is lowercase letters, digits and hyphens, so the file name needs no escaping.
            headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = $"{item.Slug}.{item.Extension}" }.ToString();
        }

        return PhysicalFile(path, item.ContentType, lastModified: item.UploadedAt, entityTag: new EntityTagHeaderValue($"\"{item.Key:N}\""), enableRangeProcessing: true);
    }
}
