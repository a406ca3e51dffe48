using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Media;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Media;

/// <summary>
/// Uploaded PDFs and images: checked by their bytes, stored and described in the database (so every
/// node serves every file), copied to this node's media folder on first request so they are then
/// served from disk, and every upload, change and deletion audited.
/// </summary>
public sealed class MediaLibrary(
    LocalOfferDbContext db, DataFolder folder, ClusterLock locks, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaLibrary> logger)
{
    private readonly AuditTrail audit = new(db, clock);

    public const string FileField = "File";
    public const string TitleField = "Title";
    public const string AltTextField = "AltText";

    public long MaxFileSizeBytes => options.Value.MaxFileSizeBytes;

    public string DisplayMaxSize => options.Value.DisplayMaxSize;

    public Task<MediaItem?> FindAsync(Guid key) => db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key);

    /// <summary>
    /// The file on this node's disk, copied from the database the first time it is asked for; null
    /// when the database has no bytes for it. A file's bytes never change, so a copy is never stale.
    /// </summary>
    public async Task<string?> CachedFileAsync(MediaItem item, CancellationToken cancellationToken = default)
    {
        var path = CachePathOf(item);
        if (File.Exists(path))
        {
            return path;
        }

        var bytes = await db.MediaContents.AsNoTracking().Where(c => c.MediaItemId == item.Id).Select(c => c.Bytes).SingleOrDefaultAsync(cancellationToken);
        if (bytes is null)
        {
            logger.LogWarning("Media {MediaKey} has no stored bytes", item.Key);
            return null;
        }

        await WriteCacheFileAsync(path, bytes, cancellationToken);
        return path;
    }

    /// <summary>
    /// Files uploaded before their bytes were kept in the database are on one node's disk only: that
    /// node stores them, so the others can serve them too. Safe to run on every node at every start.
    /// </summary>
    public async Task<int> StoreFilesFromFolderAsync(CancellationToken cancellationToken = default)
    {
        await using var hold = await locks.AcquireAsync("media files into the database", cancellationToken);
        var missing = await db.MediaItems.AsNoTracking()
            .Where(m => !db.MediaContents.Any(c => c.MediaItemId == m.Id))
            .ToListAsync(cancellationToken);
        var stored = 0;
        foreach (var item in missing.Where(m => File.Exists(CachePathOf(m))))
        {
            db.MediaContents.Add(new MediaContent { MediaItemId = item.Id, Bytes = await File.ReadAllBytesAsync(CachePathOf(item), cancellationToken) });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            stored++;
        }

        if (stored > 0)
        {
            logger.LogInformation("Stored {Count} media files from this node's folder in the database", stored);
        }

        if (missing.Count > stored)
        {
            logger.LogWarning("{Count} media files have no bytes in the database and are not in this node's folder", missing.Count - stored);
        }

        return stored;
    }

    /// <summary>Newest first, optionally only those whose title or alt text contains <paramref name="search"/>.</summary>
    public async Task<MediaListPage> ListAsync(string? search, int page, int pageSize = 20)
    {
        var query = db.MediaItems.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToLowerInvariant();
            query = query.Where(m => m.Title.ToLower().Contains(text) || (m.AltText != null && m.AltText.ToLower().Contains(text)));
        }

        var total = await query.CountAsync();
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pages);
        var items = await query.OrderByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        return new MediaListPage(items, total, page, pages);
    }

    public async Task<MediaResult> UploadAsync(Stream content, long length, string? fileName, string? title, string? altText, Editor editor, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        MediaFileType? type = null;
        var header = new byte[MediaFileType.HeaderLength];
        var headerLength = 0;
        if (length <= 0)
        {
            errors[FileField] = "Choose a file to upload";
        }
        else if (length > MaxFileSizeBytes)
        {
            errors[FileField] = $"The file must be {DisplayMaxSize} or smaller";
        }
        else
        {
            headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            type = MediaFileType.Sniff(header.AsSpan(0, headerLength));
            if (type is null)
            {
                errors[FileField] = "The file must be a PDF, PNG, JPEG, GIF or WebP image. This file is not, whatever its name says";
            }
        }

        var cleanTitle = string.IsNullOrWhiteSpace(title) ? TitleFromFileName(fileName) : title.Trim();
        var cleanAlt = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim();
        CheckDescription(errors, cleanTitle, cleanAlt, type?.IsImage ?? false);
        if (errors.Count > 0 || type is null)
        {
            return MediaResult.Invalid(errors);
        }

        // The length a client declares is not trusted: the bytes are counted as they are read.
        using var buffer = new MemoryStream();
        buffer.Write(header, 0, headerLength);
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxFileSizeBytes)
        {
            return MediaResult.Invalid(new Dictionary<string, string> { [FileField] = $"The file must be {DisplayMaxSize} or smaller" });
        }

        var item = new MediaItem
        {
            Key = Guid.NewGuid(),
            Title = cleanTitle,
            AltText = cleanAlt,
            ContentType = type.ContentType,
            Extension = type.Extension,
            Slug = UrlSegment.FromName(cleanTitle) is { Length: > 0 } slug ? slug : "file",
            SizeBytes = buffer.Length,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = editor.Id,
        };
        item.StoredFileName = $"{item.Key:N}.{item.Extension}";
        var bytes = buffer.ToArray();

        // One transaction: the description and the bytes are saved together or not at all.
        db.MediaItems.Add(item);
        db.MediaContents.Add(new MediaContent { Item = item, Bytes = bytes });
        audit.Record(editor, AuditAction.Uploaded, new AuditSubject(AuditCapability.Media, item.Key.ToString("D")), $"{item.Title} ({item.TypeName}, {item.DisplaySize}) {item.PublicPath}");
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await WriteCacheFileAsync(CachePathOf(item), bytes, cancellationToken);
        }
        catch (IOException exception)
        {
            // The bytes are safe in the database; the first request copies them here.
            logger.LogWarning(exception, "Media {MediaKey} not copied to this node's folder yet", item.Key);
        }

        logger.LogInformation("Media {MediaKey} uploaded ({ContentType}, {Size} bytes)", item.Key, item.ContentType, item.SizeBytes);
        return MediaResult.Done(item);
    }

    public async Task<MediaResult> UpdateAsync(Guid key, string? title, string? altText, Editor editor)
    {
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        var errors = new Dictionary<string, string>();
        var cleanAlt = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors[TitleField] = "Enter a title";
        }

        CheckDescription(errors, title?.Trim() ?? "", cleanAlt, item.IsImage);
        if (errors.Count > 0)
        {
            return MediaResult.Invalid(errors);
        }

        // The address keeps its slug: pages already link to it.
        item.Title = title!.Trim();
        item.AltText = cleanAlt;
        audit.Record(editor, AuditAction.Updated, new AuditSubject(AuditCapability.Media, item.Key.ToString("D")), $"{item.Title} {item.PublicPath}");
        await db.SaveChangesAsync();
        return MediaResult.Done(item);
    }

    public async Task<MediaResult> DeleteAsync(Guid key, Editor editor)
    {
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Key == key);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (!CanDelete(item, editor))
        {
            return MediaResult.Refused("Only the editorial board, or the person who uploaded it, can delete a file.");
        }

        // Its bytes go with it (a cascade). Other nodes' copies are never served again: every request
        // looks the file up first.
        db.MediaItems.Remove(item);
        audit.Record(editor, AuditAction.Deleted, new AuditSubject(AuditCapability.Media, item.Key.ToString("D")), $"{item.Title} {item.PublicPath}");
        await db.SaveChangesAsync();
        TryDelete(CachePathOf(item));
        logger.LogInformation("Media {MediaKey} deleted", item.Key);
        return MediaResult.Done(item);
    }

    public static bool CanDelete(MediaItem item, Editor editor) => editor.CanPublish || string.Equals(item.UploadedBy, editor.Id, StringComparison.Ordinal);

    private static void CheckDescription(Dictionary<string, string> errors, string title, string? altText, bool isImage)
    {
        if (title.Length > MediaLimits.TitleLength)
        {
            errors[TitleField] = $"The title must be {MediaLimits.TitleLength} characters or fewer";
        }

        if (isImage && altText is null)
        {
            errors[AltTextField] = "Enter alt text that says what the image shows";
        }
        else if (altText?.Length > MediaLimits.AltTextLength)
        {
            errors[AltTextField] = $"The alt text must be {MediaLimits.AltTextLength} characters or fewer";
        }
    }

    private static string TitleFromFileName(string? fileName)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName ?? "")).Trim();
        return name.Length == 0 ? "Untitled file" : name.Length > MediaLimits.TitleLength ? name[..MediaLimits.TitleLength] : name;
    }

    private string CachePathOf(MediaItem item) => Path.Combine(folder.Media, item.StoredFileName);

    /// <summary>Written under a name of its own and moved into place, so a request never reads half a file.</summary>
    private static async Task WriteCacheFileAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await File.WriteAllBytesAsync(partial, bytes, cancellationToken);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            logger.LogWarning(exception, "Could not delete media file {Path}", Path.GetFileName(path));
        }
    }
}

public sealed record MediaListPage(IReadOnlyList<MediaItem> Items, int Total, int Page, int Pages);

public sealed record MediaResult(MediaItem? Item, IReadOnlyDictionary<string, string> Errors, bool IsNotFound = false, string? RefusedReason = null)
{
    public bool Succeeded => Item is not null && Errors.Count == 0 && RefusedReason is null;

    public static MediaResult Done(MediaItem item) => new(item, new Dictionary<string, string>());

    public static MediaResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors);

    public static MediaResult NotFound() => new(null, new Dictionary<string, string>(), IsNotFound: true);

    public static MediaResult Refused(string reason) => new(null, new Dictionary<string, string>(), RefusedReason: reason);
}
