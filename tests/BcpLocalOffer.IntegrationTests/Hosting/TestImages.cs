using System.Buffers.Binary;
using System.Net;
using System.Text;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>Small images built byte by byte, with the metadata cameras write.</summary>
public static class TestImages
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>The same PNG with a tEXt chunk after its header.</summary>
    public static byte[] PngWithText(string text)
    {
        var data = Encoding.Latin1.GetBytes("Comment\0" + text);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        "tEXt"u8.CopyTo(chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return [.. Png[..33], .. chunk, .. Png[33..]];
    }

    /// <summary>
    /// A JPEG's structure as a phone writes it: APP0, an APP1 EXIF block with an orientation, an
    /// image description and a pointer to a GPS directory, an XMP block, then the frame.
    /// </summary>
    public static byte[] JpegWithExif(string description, ushort orientation)
    {
        var tiff = new List<byte>("II*\0"u8.ToArray()) { 8, 0, 0, 0 };
        var descriptionBytes = Encoding.ASCII.GetBytes(description + "\0");
        const int entries = 3;
        var afterDirectory = 8 + 2 + (entries * 12) + 4;
        var gpsDirectory = afterDirectory + descriptionBytes.Length;
        tiff.AddRange(U16(entries));
        tiff.AddRange([.. U16(0x010E), .. U16(2), .. U32((uint)descriptionBytes.Length), .. U32((uint)afterDirectory)]);
        tiff.AddRange([.. U16(0x0112), .. U16(3), .. U32(1), .. U16(orientation), 0, 0]);
        tiff.AddRange([.. U16(0x8825), .. U16(4), .. U32(1), .. U32((uint)gpsDirectory)]);
        tiff.AddRange(U32(0));
        tiff.AddRange(descriptionBytes);
        tiff.AddRange([.. U16(1), .. U16(0x0001), .. U16(2), .. U32(2), (byte)'N', 0, 0, 0, .. U32(0)]);
        byte[] exif = [.. "Exif\0\0"u8, .. tiff];
        var xmp = Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>XMP " + description + "</x:xmpmeta>");
        return
        [
            0xFF, 0xD8,
            .. Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
            .. Segment(0xE1, exif),
            .. Segment(0xE1, xmp),
            .. Segment(0xFE, Encoding.ASCII.GetBytes(description)),
            .. Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]),
            .. Segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
            .. Segment(0xDA, [1, 1, 0, 0, 63, 0]),
            0x12, 0x34, 0x56,
            0xFF, 0xD9,
        ];
    }

    /// <summary>The orientation in a JPEG's EXIF block, or null when there is none.</summary>
    public static ushort? Orientation(byte[] jpeg)
    {
        var at = jpeg.AsSpan().IndexOf("Exif\0\0"u8);
        if (at < 0)
        {
            return null;
        }

        var tiff = jpeg.AsSpan(at + 6);
        var bigEndian = tiff[0] == (byte)'M';
        ushort Read16(ReadOnlySpan<byte> b) => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
        var directory = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(tiff[4..]) : BinaryPrimitives.ReadInt32LittleEndian(tiff[4..]);
        for (var i = 0; i < Read16(tiff[directory..]); i++)
        {
            var entry = tiff.Slice(directory + 2 + (i * 12), 12);
            if (Read16(entry) == 0x0112)
            {
                return Read16(entry[8..]);
            }
        }

        return null;
    }

    /// <summary>PNG's chunk checksum (CRC-32, ISO 3309), so the test PNG is valid.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Segment(byte marker, byte[] data) => [0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2), .. data];

    private static byte[] U16(int value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] U32(uint value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)];
}
