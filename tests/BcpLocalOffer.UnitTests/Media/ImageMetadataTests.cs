using System.Buffers.Binary;
using System.Text;
using BcpLocalOffer.Core.Media;

namespace BcpLocalOffer.UnitTests.Media;

public class ImageMetadataTests
{
    private const string Secret = "GPS 50.7192N 1.8808W";

    [Fact]
    public void A_jpeg_loses_its_exif_xmp_and_comments_but_keeps_jfif_first_its_colour_profile_its_orientation_and_its_picture()
    {
        byte[] scan = [.. Segment(0xDA, [1, 1, 0, 0, 63, 0]), 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9];
        byte[] jpeg =
        [
            0xFF, 0xD8,
            .. Segment(0xE0, "JFIF\0\u0001\u0001\0\0\u0001\0\u0001\0\0"u8.ToArray()),
            .. Segment(0xE1, Exif(orientation: 8, Secret)),
            .. Segment(0xE1, Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0" + Secret)),
            .. Segment(0xE2, "ICC_PROFILE\0colour"u8.ToArray()),
            .. Segment(0xED, Encoding.ASCII.GetBytes("Photoshop 3.0\0" + Secret)),
            .. Segment(0xFE, Encoding.ASCII.GetBytes(Secret)),
            .. Segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
            .. scan,
        ];

        var stripped = ImageMetadata.Strip(jpeg, MediaFileType.Jpeg)!;

        Assert.DoesNotContain(Secret, Encoding.Latin1.GetString(stripped));
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xE0], stripped[..4]);
        Assert.Contains("ICC_PROFILE", Encoding.Latin1.GetString(stripped));
        Assert.EndsWith(Encoding.Latin1.GetString(scan), Encoding.Latin1.GetString(stripped));
        var exif = Encoding.Latin1.GetString(stripped).IndexOf("Exif\0\0", StringComparison.Ordinal);
        Assert.True(exif > 0);
        Assert.Equal(8, BinaryPrimitives.ReadUInt16BigEndian(stripped.AsSpan(exif + 6 + 8 + 2 + 8)));
    }

    [Fact]
    public void A_jpeg_with_no_orientation_gets_no_exif_block_at_all()
    {
        byte[] jpeg = [0xFF, 0xD8, .. Segment(0xE1, Exif(orientation: null, Secret)), .. Segment(0xDA, [1, 1, 0, 0, 63, 0]), 0x12, 0xFF, 0xD9];

        var stripped = ImageMetadata.Strip(jpeg, MediaFileType.Jpeg)!;

        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(stripped));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 1, 2 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0x00, 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0, 0 })]
    public void A_damaged_jpeg_is_not_passed_through(byte[] jpeg) =>
        Assert.Null(ImageMetadata.Strip(jpeg, MediaFileType.Jpeg));

    [Fact]
    public void A_png_loses_its_text_time_and_exif_chunks_and_nothing_else()
    {
        byte[] ihdr = Chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
        byte[] rest = [.. Chunk("IDAT", [1, 2, 3]), .. Chunk("IEND", [])];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        byte[] png = [.. signature, .. ihdr, .. Chunk("tEXt", Encoding.Latin1.GetBytes("Comment\0" + Secret)), .. Chunk("eXIf", Encoding.Latin1.GetBytes(Secret)),
            .. Chunk("iTXt", Encoding.Latin1.GetBytes(Secret)), .. Chunk("tIME", [7, 234, 12, 6, 9, 0, 0]), .. rest];

        Assert.Equal([.. signature, .. ihdr, .. rest], ImageMetadata.Strip(png, MediaFileType.Png)!);
        Assert.Null(ImageMetadata.Strip([.. signature, .. ihdr], MediaFileType.Png));
    }

    [Fact]
    public void A_webp_loses_its_exif_and_xmp_chunks_and_says_so_in_its_header()
    {
        byte[] vp8x = Chunk4("VP8X", [0b0000_1100, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        byte[] picture = Chunk4("VP8L", [1, 2, 3]);
        var webp = Riff([.. vp8x, .. picture, .. Chunk4("EXIF", Encoding.Latin1.GetBytes(Secret)), .. Chunk4("XMP ", Encoding.Latin1.GetBytes(Secret + "!"))]);

        var stripped = ImageMetadata.Strip(webp, MediaFileType.WebP)!;

        Assert.DoesNotContain(Secret, Encoding.Latin1.GetString(stripped));
        Assert.Equal((uint)(stripped.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(stripped.AsSpan(4)));
        Assert.Equal(0, stripped[20] & 0b0000_1100);
        Assert.EndsWith(Encoding.Latin1.GetString(picture), Encoding.Latin1.GetString(stripped));
    }

    [Fact]
    public void A_gif_loses_its_comments_and_xmp_but_keeps_its_animation_loop_and_frames()
    {
        byte[] header = [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255];
        byte[] loop = [0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0];
        byte[] frame = [0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0];
        byte[] comment = [0x21, 0xFE, (byte)Secret.Length, .. Encoding.ASCII.GetBytes(Secret), 0];
        byte[] xmp = [0x21, 0xFF, 11, .. "XMP DataXMP"u8, (byte)Secret.Length, .. Encoding.ASCII.GetBytes(Secret), 0];
        byte[] gif = [.. header, .. loop, .. comment, .. xmp, .. frame, 0x3B];

        Assert.Equal([.. header, .. loop, .. frame, 0x3B], ImageMetadata.Strip(gif, MediaFileType.Gif)!);
    }

    private static byte[] Exif(ushort? orientation, string description)
    {
        var text = Encoding.ASCII.GetBytes(description + "\0");
        var entries = orientation is null ? 1 : 2;
        var textAt = 8 + 2 + (entries * 12) + 4;
        var tiff = new List<byte>([(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, (byte)entries]);
        tiff.AddRange([0x01, 0x0E, 0, 2, .. BigEndian((uint)text.Length), .. BigEndian((uint)textAt)]);
        if (orientation is { } turn)
        {
            tiff.AddRange([0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(turn >> 8), (byte)turn, 0, 0]);
        }

        tiff.AddRange([0, 0, 0, 0, .. text]);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] Segment(byte marker, byte[] data) => [0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2), .. data];

    // The stripper does not check PNG checksums, so any four bytes serve here.
    private static byte[] Chunk(string type, byte[] data) => [.. BigEndian((uint)data.Length), .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];

    private static byte[] Chunk4(string fourCc, byte[] data)
    {
        byte[] size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        return [.. Encoding.ASCII.GetBytes(fourCc), .. size, .. data, .. data.Length % 2 == 1 ? new byte[] { 0 } : []];
    }

    private static byte[] Riff(byte[] chunks)
    {
        byte[] size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)(chunks.Length + 4));
        return [.. "RIFF"u8, .. size, .. "WEBP"u8, .. chunks];
    }
}
