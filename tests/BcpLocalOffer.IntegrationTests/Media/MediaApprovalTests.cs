using System.Buffers.Binary;
using System.Net;
using System.Text;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Media;

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
