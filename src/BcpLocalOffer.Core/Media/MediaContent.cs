namespace BcpLocalOffer.Core.Media;

/// <summary>
/// A media file's bytes, in a table of their own so that listing and finding files never reads them.
/// Kept in the database so that every node serves a file whichever node it was uploaded to.
/// </summary>
public class MediaContent
{
    public long MediaItemId { get; set; }

    public MediaItem? Item { get; set; }

    public byte[] Bytes { get; set; } = [];
}
