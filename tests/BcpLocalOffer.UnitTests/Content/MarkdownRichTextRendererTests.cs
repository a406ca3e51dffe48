using System.Text.RegularExpressions;
using BcpLocalOffer.Infrastructure.Content;

namespace BcpLocalOffer.UnitTests.Content;

public class MarkdownRichTextRendererTests
{
    private readonly MarkdownRichTextRenderer renderer = new();

    [Fact]
    public void Markdown_becomes_headings_lists_links_and_tables()
    {
        var html = renderer.ToSafeHtml("## Steps\n\n- one\n- [two](/short-breaks)\n\n| Week | Step |\n| --- | --- |\n| 6 | Decide |\n");

        Assert.Contains("<h2>Steps</h2>", html);
        Assert.Contains("<li><a href=\"/short-breaks\">two</a></li>", html);
        Assert.Contains("<th>Week</th>", html);
        Assert.Contains("<td>Decide</td>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    public void Nothing_an_editor_types_can_run_script(string markdown)
    {
        var html = renderer.ToSafeHtml(markdown);

        // Escaped text such as "&lt;script&gt;" is harmless; only real tags and attributes matter.
        Assert.DoesNotMatch(new Regex("<(script|img)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<[^>]*\\son[a-z]+=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<[a-z]+[^>]*(href|src)=\"(javascript|data):", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var html = renderer.ToSafeHtml("Use <b>bold</b> here");

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void Empty_text_renders_nothing() => Assert.Equal("", renderer.ToSafeHtml("   "));
}
