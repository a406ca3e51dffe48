using System.Net;
using System.Text;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace BcpLocalOffer.IntegrationTests.Media;

/// <summary>The site with a 64 KB upload limit, so "too large" is quick to test.</summary>
public sealed class SmallUploadsFactory : LocalOfferFactory
{
    protected override string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LocalOffer:Media:MaxFileSizeBytes", "65536");
    }
}

public class MediaLibraryTests(SmallUploadsFactory factory) : IClassFixture<SmallUploadsFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Png = TestImages.Png;

    [Fact]
    public async Task A_pdf_is_uploaded_and_served_with_safe_headers_and_a_snippet_for_pages()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");

        var uploaded = await author.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "Short breaks statement 2027.pdf", "application/pdf", Pdf, new Dictionary<string, string>
        {
            ["Title"] = "Short breaks statement 2027",
        });

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var (_, details) = await HtmlPage.GetAsync(author.Client, uploaded.Headers.Location!.OriginalString);
        var snippet = details.QuerySelector("#snippet").Text();
        Assert.Matches(@"^\[Short breaks statement 2027 \(PDF, \d+ bytes\)\]\(/media/[0-9a-f]{32}/short-breaks-statement-2027\.pdf\)$", snippet);
        var address = snippet[(snippet.IndexOf("](", StringComparison.Ordinal) + 2)..^1];
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        var detailsAddress = uploaded.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(detailsAddress, detailsAddress + "/approve", new Dictionary<string, string>())).StatusCode);

        var file = await factory.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(file.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("sandbox", Assert.Single(file.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("inline", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("short-breaks-statement-2027.pdf", file.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(TimeSpan.FromMinutes(5), file.Headers.CacheControl?.MaxAge);
        Assert.True(file.Headers.CacheControl?.Public);
        Assert.Equal(HttpStatusCode.NotModified, (await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, address) { Headers = { IfNoneMatch = { file.Headers.ETag! } } })).StatusCode);

        var wrongSlug = await factory.CreateNonRedirectingClient().GetAsync(address.Replace("short-breaks-statement-2027", "old-name", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.MovedPermanently, wrongSlug.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(address.Replace(".pdf", ".html", StringComparison.Ordinal))).StatusCode);

        var admin = await SignedInAsync("admin@local-offer.test", "admin-development-only");
        Assert.Contains("<td class=\"govuk-table__cell\">Uploaded</td>", await admin.Client.GetStringAsync("/editorial/audit"));
    }

    [Theory]
    [InlineData("statement.pdf", "application/pdf", "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>")]
    [InlineData("statement.pdf", "application/pdf", "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0 This program cannot be run in DOS mode")]
    [InlineData("logo.png", "image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    public async Task A_file_that_is_not_really_a_pdf_or_image_is_refused_whatever_its_name(string fileName, string claimedType, string contents)
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");

        var response = await author.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", fileName, claimedType, Encoding.Latin1.GetBytes(contents), new Dictionary<string, string>
        {
            ["Title"] = "Kept title",
            ["AltText"] = "Kept alt text",
        });
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be a PDF, PNG, JPEG, GIF or WebP", page.QuerySelector(".govuk-error-summary").Text());
        Assert.Equal("#file", page.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.Equal("Kept title", page.QuerySelector("#title")?.GetAttribute("value"));
        Assert.Equal("Kept alt text", page.QuerySelector("#alttext")?.TextContent);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused_and_the_form_keeps_what_was_typed()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");

        var response = await author.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "map.png", "image/png", Png, new Dictionary<string, string>
        {
            ["Title"] = "Map of the Poole centre",
            ["AltText"] = "   ",
        });
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter alt text that says what the image shows", page.QuerySelector(".govuk-error-summary a[href='#alttext']").Text());
        Assert.Equal("Map of the Poole centre", page.QuerySelector("#title")?.GetAttribute("value"));
        Assert.Contains("Choose the file again", page.QuerySelector("#file-hint").Text());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit_in_the_message()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var large = new byte[100 * 1024];
        Pdf.CopyTo(large, 0);

        var response = await author.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "big.pdf", "application/pdf", large, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The file must be 64 KB or smaller", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_far_over_the_limit_is_refused_before_it_reaches_the_library()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var huge = new byte[3 * 1024 * 1024];
        Pdf.CopyTo(huge, 0);

        var response = await author.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "huge.pdf", "application/pdf", huge, new Dictionary<string, string>());

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"Answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var list = await author.Client.GetStringAsync("/editorial/media?q=huge");
        Assert.Contains("No files match", list);
    }

    [Fact]
    public async Task Images_with_alt_text_are_listed_found_by_search_described_and_deleted_after_confirmation()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var uploaded = await author.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "IMG_0042.PNG", "application/octet-stream", Png, new Dictionary<string, string>
        {
            ["Title"] = "Sensory room",
            ["AltText"] = "A calm room with soft lights and bean bags",
        });
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var detailsAddress = uploaded.Headers.Location!.OriginalString.Split('?')[0];

        var (_, found) = await HtmlPage.GetAsync(author.Client, "/editorial/media?q=SENSORY");
        Assert.Equal("Sensory room", found.QuerySelector("tbody a").Text());
        Assert.Contains("No files match", await author.Client.GetStringAsync("/editorial/media?q=swimming+pool"));

        var (_, details) = await HtmlPage.GetAsync(author.Client, detailsAddress);
        var snippet = details.QuerySelector("#snippet").Text();
        Assert.StartsWith("![A calm room with soft lights and bean bags](/media/", snippet);
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(detailsAddress, detailsAddress + "/approve", new Dictionary<string, string>())).StatusCode);
        var image = await factory.CreateClient().GetAsync(snippet[(snippet.IndexOf("](", StringComparison.Ordinal) + 2)..^1]);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);

        var refused = await author.PostFormAsync(detailsAddress, detailsAddress, new Dictionary<string, string> { ["Title"] = "Sensory room", ["AltText"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var saved = await author.PostFormAsync(detailsAddress, detailsAddress, new Dictionary<string, string> { ["Title"] = "Sensory room at Poole", ["AltText"] = "A calm room" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var confirmation = await board.Client.GetStringAsync(detailsAddress + "/delete");
        Assert.Contains("Yes, delete the file", confirmation);
        var deleted = await board.PostFormAsync(detailsAddress + "/delete", detailsAddress + "/delete", new Dictionary<string, string>());
        Assert.Equal("/editorial/media?done=deleted", deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(snippet[(snippet.IndexOf("](", StringComparison.Ordinal) + 2)..^1])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await board.Client.GetAsync(detailsAddress)).StatusCode);
    }

    [Fact]
    public async Task An_author_cannot_delete_someone_elses_file()
    {
        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        var uploaded = await board.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "minutes.pdf", "application/pdf", Pdf, new Dictionary<string, string>());
        var detailsAddress = uploaded.Headers.Location!.OriginalString.Split('?')[0];

        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var response = await author.PostFormAsync("/editorial", detailsAddress + "/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.Client.GetAsync(detailsAddress)).StatusCode);
    }

    private static async Task<AngleSharp.Dom.IDocument> ParseAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private async Task<EditorialSession> SignedInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}
