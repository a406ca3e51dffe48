using System.Buffers.Binary;

namespace BcpLocalOffer.Core.Media;

/// <summary>
/// Takes out what a camera or an editing program writes into an image beside the picture: EXIF
/// (a phone photo's GPS position, the camera's serial number, the time it was taken), XMP, IPTC
/// and comments. Photos of children must never tell the public where they were taken. The picture
/// itself is copied byte for byte; only a JPEG's orientation is kept (in a minimal EXIF block of
/// its own), so a phone photo still shows the right way up. Colour profiles are kept too.
/// </summary>
public static class ImageMetadata
{
    /// <summary>The image without its metadata, or null when its structure cannot be read (then it is refused).</summary>
    public static byte[]? Strip(ReadOnlySpan<byte> image, MediaFileType type)
    {
        try
        {
            return type == MediaFileType.Jpeg ? StripJpeg(image)
                : type == MediaFileType.Png ? StripPng(image)
                : type == MediaFileType.WebP ? StripWebP(image)
                : type == MediaFileType.Gif ? StripGif(image)
                : image.ToArray();
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            // A length that points past the end: a damaged or crafted file.
            return null;
        }
    }

    private static byte[]? StripJpeg(ReadOnlySpan<byte> jpeg)
    {
        var segments = JpegSegments(jpeg);
        if (segments is null)
        {
            return null;
        }

        ushort? orientation = null;
        foreach (var (marker, start, length) in segments)
        {
            var segment = jpeg.Slice(start, length);
            if (marker == 0xE1 && segment.Length > 10 && segment[4..10].SequenceEqual("Exif\0\0"u8))
            {
                orientation ??= ReadOrientation(segment[10..]);
            }
        }

        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg[..2]);
        var orientationWritten = orientation is null;
        foreach (var (marker, start, length) in segments)
        {
            // The orientation goes after JFIF's APP0, which must come first, and before everything else.
            if (!orientationWritten && marker != 0xE0)
            {
                output.Write(OrientationOnlyExif(orientation!.Value));
                orientationWritten = true;
            }

            // Kept: JFIF (APP0), ICC colour profiles (APP2), Adobe colour transform (APP14), the picture; not other APPn or comments.
            if (marker is not (>= 0xE1 and <= 0xEF) and not 0xFE || marker is 0xE2 or 0xEE)
            {
                output.Write(jpeg.Slice(start, length));
            }
        }

        return output.ToArray();
    }

    /// <summary>Each segment's marker, start and length up to the start of scan, which runs with the picture to the end; null when damaged.</summary>
    private static List<(byte Marker, int Start, int Length)>? JpegSegments(ReadOnlySpan<byte> jpeg)
    {
        var segments = new List<(byte, int, int)>();
        var position = 2;
        while (position + 4 <= jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            if (marker == 0xDA)
            {
                segments.Add((marker, position, jpeg.Length - position));
                return segments;
            }

            var length = 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
            if (position + length > jpeg.Length)
            {
                return null;
            }

            segments.Add((marker, position, length));
            position += length;
        }

        return null;
    }

    /// <summary>Orientation (tag 0x0112) from an EXIF block's first directory, if it has one.</summary>
    private static ushort? ReadOrientation(ReadOnlySpan<byte> tiff)
    {
        var bigEndian = tiff[..2].SequenceEqual("MM"u8);
        ushort U16(ReadOnlySpan<byte> b) => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
        uint U32(ReadOnlySpan<byte> b) => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
        var directory = (int)U32(tiff[4..]);
        var entries = U16(tiff[directory..]);
        for (var i = 0; i < entries; i++)
        {
            var entry = tiff.Slice(directory + 2 + (i * 12), 12);
            if (U16(entry) == 0x0112)
            {
                var value = U16(entry[8..]);
                return value is >= 2 and <= 8 ? value : null;
            }
        }

        return null;
    }

    /// <summary>An APP1 EXIF segment holding the orientation and nothing else.</summary>
    private static byte[] OrientationOnlyExif(ushort orientation)
    {
        byte[] segment =
        [
            0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // TIFF header, first directory at 8
            0x00, 0x01, // one entry
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, // no next directory
        ];
        return segment;
    }

    private static byte[]? StripPng(ReadOnlySpan<byte> png)
    {
        using var output = new MemoryStream(png.Length);
        output.Write(png[..8]);
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            var chunk = png.Slice(position, 12 + length);
            var type = chunk.Slice(4, 4);
            if (!(type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8)
                || type.SequenceEqual("eXIf"u8) || type.SequenceEqual("tIME"u8)))
            {
                output.Write(chunk);
            }

            position += 12 + length;
            if (type.SequenceEqual("IEND"u8))
            {
                return output.ToArray();
            }
        }

        return null;
    }

    private static byte[]? StripWebP(ReadOnlySpan<byte> webp)
    {
        using var chunks = new MemoryStream(webp.Length);
        var position = 12;
        while (position + 8 <= webp.Length)
        {
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp[(position + 4)..]);
            var padded = size + (size & 1);
            var chunk = webp.Slice(position, 8 + Math.Min(padded, webp.Length - position - 8));
            var fourCc = chunk[..4];
            if (fourCc.SequenceEqual("VP8X"u8))
            {
                var extended = chunk.ToArray();
                extended[8] &= 0b1111_0011; // no EXIF, no XMP
                chunks.Write(extended);
            }
            else if (!fourCc.SequenceEqual("EXIF"u8) && !fourCc.SequenceEqual("XMP "u8))
            {
                chunks.Write(chunk);
            }

            position += 8 + padded;
        }

        using var output = new MemoryStream((int)chunks.Length + 12);
        output.Write("RIFF"u8);
        Span<byte> riffSize = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(riffSize, (uint)(chunks.Length + 4));
        output.Write(riffSize);
        output.Write("WEBP"u8);
        chunks.Position = 0;
        chunks.CopyTo(output);
        return output.ToArray();
    }

    private static byte[]? StripGif(ReadOnlySpan<byte> gif)
    {
        using var output = new MemoryStream(gif.Length);
        var flags = gif[10];
        var position = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 0x07) + 1) : 0);
        output.Write(gif[..position]);
        while (position < gif.Length)
        {
            var start = position;
            switch (gif[position])
            {
                case 0x3B: // trailer
                    output.WriteByte(0x3B);
                    return output.ToArray();
                case 0x21: // extension: label, then sub-blocks
                    var label = gif[position + 1];
                    var isXmp = label == 0xFF && gif[position + 2] == 11 && gif.Slice(position + 3, 11).SequenceEqual("XMP DataXMP"u8);
                    position = SkipSubBlocks(gif, position + 2);
                    if (label != 0xFE && !isXmp)
                    {
                        output.Write(gif[start..position]);
                    }

                    break;
                case 0x2C: // image: descriptor, local colour table, code size, sub-blocks
                    var local = gif[position + 9];
                    position += 10 + ((local & 0x80) != 0 ? 3 << ((local & 0x07) + 1) : 0) + 1;
                    position = SkipSubBlocks(gif, position);
                    output.Write(gif[start..position]);
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static int SkipSubBlocks(ReadOnlySpan<byte> gif, int position)
    {
        while (gif[position] != 0)
        {
            position += gif[position] + 1;
        }

        return position + 1;
    }
}
