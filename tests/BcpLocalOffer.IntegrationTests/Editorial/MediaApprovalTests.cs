using System.Buffers.Binary;
using System.Net;
using System.Text;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Editorial;

/// <summary>
/// Media under the board's rules: nothing an editor uploads is on the council's domain until
/// someone else on the board approves it, and a photo never tells the public where it was taken.
/// </summary>
public class MediaApprovalTests(SmallUploadsFactory factory) : IClassFixture<SmallUploadsFactory>
{
    private const string WhereItWasTaken = "Taken at 50.7192N 1.8808W";

    [Fact]
    public async Task An_authors_upload_is_not_served_to_the_public_until_a_board_member_approves_it_but_the_author_sees_it()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var (details, address) = await UploadAsync(author, "Sensory room", TestImages.Png);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(address)).StatusCode);
        var preview = await author.Client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.True(preview.Headers.CacheControl?.NoStore);
        Assert.False(preview.Headers.CacheControl?.Public);

        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        Assert.Contains("Sensory room", await board.Client.GetStringAsync("/editorial/media?state=waiting"));
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(details, details + "/approve", new Dictionary<string, string>())).StatusCode);

        var served = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.True(served.Headers.CacheControl?.Public);
        Assert.True(served.Headers.CacheControl?.MustRevalidate);
        Assert.True(served.Headers.CacheControl?.MaxAge <= TimeSpan.FromMinutes(5));
        Assert.NotNull(served.Headers.ETag);
    }

    [Fact]
    public async Task A_board_members_own_upload_needs_another_board_member_to_approve_it()
    {
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        var (details, address) = await UploadAsync(board, "Board minutes photo", TestImages.Png);

        var own = await board.PostFormAsync("/editorial", details + "/approve", new Dictionary<string, string> { ["revision"] = "1" });

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(address)).StatusCode);
        var otherBoardMember = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.EditorialBoard));
        Assert.Equal(HttpStatusCode.Redirect, (await otherBoardMember.PostFormAsync(details, details + "/approve", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task A_photos_gps_position_and_other_metadata_never_reach_the_public_but_its_orientation_does()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var jpeg = TestImages.JpegWithExif(WhereItWasTaken, orientation: 6);
        Assert.Contains(WhereItWasTaken, Encoding.Latin1.GetString(jpeg));
        var (details, address) = await UploadAsync(author, "Swimming session", jpeg);
        var otherBoardMember = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.EditorialBoard));
        await otherBoardMember.PostFormAsync(details, details + "/approve", new Dictionary<string, string>());

        var served = await factory.CreateClient().GetByteArrayAsync(address);

        var text = Encoding.Latin1.GetString(served);
        Assert.DoesNotContain(WhereItWasTaken, text);
        Assert.DoesNotContain("XMP", text);
        Assert.False(ContainsGpsPointer(served), "The served JPEG still points to a GPS directory");
        Assert.Equal((ushort)6, TestImages.Orientation(served));
        Assert.EndsWith("\u00FF\u00D9", text);
    }

    [Fact]
    public async Task A_pngs_text_chunks_are_removed_on_upload()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var (details, address) = await UploadAsync(author, "Map of the park", TestImages.PngWithText(WhereItWasTaken));
        var otherBoardMember = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.EditorialBoard));
        await otherBoardMember.PostFormAsync(details, details + "/approve", new Dictionary<string, string>());

        var served = await factory.CreateClient().GetByteArrayAsync(address);

        Assert.DoesNotContain(WhereItWasTaken, Encoding.Latin1.GetString(served));
        Assert.Equal(TestImages.Png, served);
    }

    [Fact]
    public async Task Only_the_uploader_or_the_board_changes_a_files_title_and_alt_text()
    {
        var uploader = await SignedInAsync("author@local-offer.test", "author-development-only");
        var (details, _) = await UploadAsync(uploader, "Ramp at the leisure centre", TestImages.Png);
        var otherAuthor = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.Author));

        var refused = await otherAuthor.PostFormAsync("/editorial", details, new Dictionary<string, string> { ["Title"] = "Something else", ["AltText"] = "Not what it shows" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Something else", await uploader.Client.GetStringAsync(details));
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(details, details + "/approve", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(details, details, new Dictionary<string, string> { ["Title"] = "Ramp at Poole leisure centre", ["AltText"] = "A gentle ramp to the door" })).StatusCode);
        Assert.Contains("Ramp at Poole leisure centre", await uploader.Client.GetStringAsync(details));
    }

    [Fact]
    public async Task A_deleted_file_stops_being_served()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var (details, address) = await UploadAsync(author, "Old leaflet photo", TestImages.Png);
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        await board.PostFormAsync(details, details + "/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(address)).StatusCode);

        await board.PostFormAsync(details + "/delete", details + "/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(address)).StatusCode);
    }

    /// <summary>Whether any TIFF directory entry in the file is the GPS pointer (tag 0x8825), in either byte order.</summary>
    private static bool ContainsGpsPointer(byte[] bytes) =>
        bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x88, 0x25, 0x00, 0x04]) >= 0 || bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x25, 0x88, 0x04, 0x00]) >= 0;

    private async Task<(string Details, string Address)> UploadAsync(EditorialSession session, string title, byte[] image)
    {
        var uploaded = await session.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "photo.bin", "application/octet-stream", image, new Dictionary<string, string>
        {
            ["Title"] = title,
            ["AltText"] = title,
        });
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var details = uploaded.Headers.Location!.OriginalString.Split('?')[0];
        var (_, page) = await HtmlPage.GetAsync(session.Client, details);
        var snippet = page.QuerySelector("#snippet")!.TextContent;
        return (details, snippet[(snippet.IndexOf("](", StringComparison.Ordinal) + 2)..^1]);
    }

    private async Task<EditorialSession> SignedInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}

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
