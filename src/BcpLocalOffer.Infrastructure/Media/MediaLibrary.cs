using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Media;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Media;

/// <summary>
/// Uploaded PDFs and images: checked by their bytes, images stripped of their metadata, stored and
/// described in the database (so every node serves every file), copied to this node's media folder
/// on first request so they are then served from disk, and every upload, change and deletion
/// audited. Media goes through the one editorial workflow: an upload is submitted for review at
/// once and reaches the public when someone else on the board approves it.
/// </summary>
public sealed class MediaLibrary(
    LocalOfferDbContext db, DataFolder folder, ClusterLock locks, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaLibrary> logger)
    : ReviewWorkflow<MediaItem, Guid>(db, clock)
{
    public override AuditCapability Capability => AuditCapability.Media;

    public const string FileField = "File";
    public const string TitleField = "Title";
    public const string AltTextField = "AltText";

    public long MaxFileSizeBytes => options.Value.MaxFileSizeBytes;

    public string DisplayMaxSize => options.Value.DisplayMaxSize;

    public Task<MediaItem?> GetAsync(Guid key) => Db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key);

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

        var bytes = await Db.MediaContents.AsNoTracking().Where(c => c.MediaItemId == item.Id).Select(c => c.Bytes).SingleOrDefaultAsync(cancellationToken);
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
        var missing = await Db.MediaItems.AsNoTracking()
            .Where(m => !Db.MediaContents.Any(c => c.MediaItemId == m.Id))
            .ToListAsync(cancellationToken);
        var stored = 0;
        foreach (var item in missing.Where(m => File.Exists(CachePathOf(m))))
        {
            Db.MediaContents.Add(new MediaContent { MediaItemId = item.Id, Bytes = await File.ReadAllBytesAsync(CachePathOf(item), cancellationToken) });
            await Db.SaveChangesAsync(cancellationToken);
            Db.ChangeTracker.Clear();
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

    /// <summary>
    /// Newest first, optionally only those whose title or alt text contains <paramref name="search"/>,
    /// or only those waiting for review (the board's media approval queue, oldest first).
    /// </summary>
    public async Task<MediaListPage> ListAsync(string? search, int page, bool waitingOnly = false, int pageSize = 20)
    {
        var query = Db.MediaItems.AsNoTracking();
        if (waitingOnly)
        {
            query = query.Where(m => m.Review.State == WorkflowState.Submitted);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToLowerInvariant();
            query = query.Where(m => m.Title.ToLower().Contains(text) || (m.AltText != null && m.AltText.ToLower().Contains(text)));
        }

        var total = await query.CountAsync();
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pages);
        var ordered = waitingOnly ? query.OrderBy(m => m.Id) : query.OrderByDescending(m => m.Id);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
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

        var bytes = buffer.ToArray();
        if (type.IsImage)
        {
            // A photo's GPS position, camera and other metadata never reach the public: only the picture is kept.
            if (ImageMetadata.Strip(bytes, type) is not { } stripped)
            {
                return MediaResult.Invalid(new Dictionary<string, string> { [FileField] = $"This {type.Name} image could not be read. Save it again from an image program and upload that" });
            }

            bytes = stripped;
        }

        var now = Clock.GetUtcNow();
        var item = new MediaItem
        {
            Key = Guid.NewGuid(),
            Title = cleanTitle,
            AltText = cleanAlt,
            ContentType = type.ContentType,
            Extension = type.Extension,
            Slug = UrlSegment.FromName(cleanTitle) is { Length: > 0 } slug ? slug : "file",
            SizeBytes = bytes.Length,
            UploadedAt = now,
            UploadedBy = editor.Id,
            Review = ReviewState.NewDraft(editor.Id),
        };
        item.StoredFileName = $"{item.Key:N}.{item.Extension}";

        // An upload is for using on a page, so it goes to the board's queue at once.
        item.Review.Submit(editor.Id, now);

        // One transaction: the description and the bytes are saved together or not at all.
        Db.MediaItems.Add(item);
        Db.MediaContents.Add(new MediaContent { Item = item, Bytes = bytes });
        Audit.Record(editor, AuditAction.Uploaded, SubjectOf(item), Describe(item));
        await Db.SaveChangesAsync(cancellationToken);
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

    /// <summary>
    /// Changes the title and alt text (the uploader or the board only); the change is a new revision
    /// that goes through review, while a file already approved stays available to the public.
    /// </summary>
    public async Task<MediaResult> UpdateAsync(Guid key, string? title, string? altText, Editor editor)
    {
        var item = await FindAsync(key);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (!IsUploaderOrBoard(item, editor))
        {
            return MediaResult.Refused("Only the editorial board, or the person who uploaded it, can change a file's title and alt text.");
        }

        if (WorkflowRules.Edit(item.Review) is { IsAllowed: false } waiting)
        {
            return MediaResult.Refused(waiting.Reason!);
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
        item.Review.Edited(editor.Id);
        Audit.Record(editor, AuditAction.Updated, SubjectOf(item), Describe(item));
        await Db.SaveChangesAsync();
        return MediaResult.Done(item);
    }

    public async Task<MediaResult> DeleteAsync(Guid key, Editor editor)
    {
        var item = await FindAsync(key);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (!IsUploaderOrBoard(item, editor))
        {
            return MediaResult.Refused("Only the editorial board, or the person who uploaded it, can delete a file.");
        }

        // Its bytes go with it (a cascade). Other nodes' copies are never served again: every request
        // looks the file up first.
        Db.MediaItems.Remove(item);
        Audit.Record(editor, AuditAction.Deleted, SubjectOf(item), Describe(item));
        await Db.SaveChangesAsync();
        TryDelete(CachePathOf(item));
        logger.LogInformation("Media {MediaKey} deleted", item.Key);
        return MediaResult.Done(item);
    }

    /// <summary>Who may change or delete a file: the board, or the person who uploaded it.</summary>
    public static bool IsUploaderOrBoard(MediaItem item, Editor editor) => editor.CanPublish || string.Equals(item.UploadedBy, editor.Id, StringComparison.Ordinal);

    protected override Task<MediaItem?> FindAsync(Guid key) => Db.MediaItems.SingleOrDefaultAsync(m => m.Key == key);

    protected override AuditSubject SubjectOf(MediaItem item) => new(AuditCapability.Media, item.Key.ToString("D"));

    protected override string Describe(MediaItem item) => $"{item.Title} ({item.TypeName}, {item.DisplaySize}) {item.PublicPath}";

    /// <summary>The first approval makes the file public; the bytes never change, so later approvals only approve its description.</summary>
    protected override Task PublishAsync(MediaItem item, Editor editor, DateTimeOffset now)
    {
        item.PublishedAt ??= now;
        return Task.CompletedTask;
    }

    protected override IQueryable<MediaItem> Current => Db.MediaItems.AsNoTracking();

    protected override (string Title, string Address) Locate(MediaItem item) => ($"{item.Title} ({item.TypeName})", $"/editorial/media/{item.Key:N}");

    /// <summary>Nothing to refresh: every request for a file reads its row.</summary>
    protected override Task RefreshPublishedAsync() => Task.CompletedTask;

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
