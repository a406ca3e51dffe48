namespace BcpLocalOffer.Core.Media;

/// <summary>
/// The kinds of file the media library accepts, recognised by their first bytes (magic numbers),
/// never by the name or the content type a browser sends. SVG is not accepted: it can carry script.
/// </summary>
public sealed record MediaFileType(string Name, string ContentType, string Extension, bool IsImage)
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs to see.</summary>
    public const int HeaderLength = 12;

    public static readonly MediaFileType Pdf = new("PDF", "application/pdf", "pdf", IsImage: false);
    public static readonly MediaFileType Png = new("PNG", "image/png", "png", IsImage: true);
    public static readonly MediaFileType Jpeg = new("JPEG", "image/jpeg", "jpg", IsImage: true);
    public static readonly MediaFileType Gif = new("GIF", "image/gif", "gif", IsImage: true);
    public static readonly MediaFileType WebP = new("WebP", "image/webp", "webp", IsImage: true);

    public static IReadOnlyList<MediaFileType> All { get; } = [Pdf, Png, Jpeg, Gif, WebP];

    public static MediaFileType? FromExtension(string extension) =>
        All.FirstOrDefault(t => string.Equals(t.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type the bytes say the file is, or null when it is none of the accepted kinds.</summary>
    public static MediaFileType? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        return header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8) ? WebP : null;
    }
}
