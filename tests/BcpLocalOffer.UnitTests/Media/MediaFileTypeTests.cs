using System.Text;
using BcpLocalOffer.Core.Media;

namespace BcpLocalOffer.UnitTests.Media;

public class MediaFileTypeTests
{
    public static TheoryData<string, byte[]> AcceptedFiles => new()
    {
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n") },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1] },
        { "gif", Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00\x00\x00") },
        { "webp", Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WEBPVP8 ") },
    };

    public static TheoryData<string, byte[]> RefusedFiles => new()
    {
        { "HTML", Encoding.ASCII.GetBytes("<!DOCTYPE html><script>alert(1)</script>") },
        { "Windows program", [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0] },
        { "SVG", Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
        { "RIFF that is not WebP", Encoding.ASCII.GetBytes("RIFF\x24\x00\x00\x00WAVEfmt ") },
        { "PDF marker not at the start", Encoding.ASCII.GetBytes("<html>%PDF-1.7") },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Accepted_files_are_recognised_by_their_first_bytes(string extension, byte[] header) =>
        Assert.Equal(extension, MediaFileType.Sniff(header)?.Extension);

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void Anything_else_is_refused_whatever_it_is_called(string kind, byte[] header) =>
        Assert.True(MediaFileType.Sniff(header) is null, kind);

    [Fact]
    public void The_markdown_snippet_gives_an_image_its_alt_text_and_a_pdf_its_type_and_size()
    {
        var image = new MediaItem { Key = Guid.Empty, Title = "Map", AltText = "Map of [Poole] centre", Extension = "png", Slug = "map", SizeBytes = 2048 };
        var pdf = new MediaItem { Key = Guid.Empty, Title = "Short breaks statement", Extension = "pdf", Slug = "short-breaks-statement", SizeBytes = 1_572_864 };

        Assert.Equal("![Map of \\[Poole\\] centre](/media/00000000000000000000000000000000/map.png)", image.MarkdownSnippet);
        Assert.Equal("[Short breaks statement (PDF, 1.5 MB)](/media/00000000000000000000000000000000/short-breaks-statement.pdf)", pdf.MarkdownSnippet);
    }
}
