using System.Globalization;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Core.Media;

/// <summary>
/// A file in the media library: the bytes live in the database (<see cref="MediaContent"/>) and in
/// each node's read cache under a generated name; this record says what they are and how pages refer to them.
/// An upload is submitted for review at once and served to the public only once someone else on the
/// board has approved it.
/// </summary>
public class MediaItem : IReviewable
{
    public long Id { get; set; }

    /// <summary>The stable id in the public address.</summary>
    public Guid Key { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Required for images: what the image shows, for people who cannot see it.</summary>
    public string? AltText { get; set; }

    /// <summary>The sniffed type's content type, never the browser's claim.</summary>
    public string ContentType { get; set; } = "";

    public string Extension { get; set; } = "";

    /// <summary>The file's name in a node's media cache folder: generated, never the uploaded name.</summary>
    public string StoredFileName { get; set; } = "";

    /// <summary>A readable part of the address, made from the title.</summary>
    public string Slug { get; set; } = "";

    public long SizeBytes { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";

    /// <summary>Its title and alt text go through review; its bytes never change.</summary>
    public ReviewState Review { get; set; } = new();

    /// <summary>When it was first approved: from then on the public may have it (a later change of description waits for review without taking it away).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public bool IsPublic => PublishedAt is not null;

    public bool IsImage => MediaFileType.FromExtension(Extension)?.IsImage ?? false;

    public string PublicPath => $"/media/{Key:N}/{Slug}.{Extension}";

    public string TypeName => MediaFileType.FromExtension(Extension)?.Name ?? Extension.ToUpperInvariant();

    public string DisplaySize => SizeBytes switch
    {
        < 1024 => $"{SizeBytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{SizeBytes / 1024.0:0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{SizeBytes / (1024.0 * 1024):0.0} MB"),
    };

    /// <summary>What an editor pastes into a page: an image with its alt text, or a link that says it is a PDF and how big.</summary>
    public string MarkdownSnippet => IsImage
        ? $"![{Escape(AltText ?? "")}]({PublicPath})"
        : $"[{Escape(Title)} ({TypeName}, {DisplaySize})]({PublicPath})";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
