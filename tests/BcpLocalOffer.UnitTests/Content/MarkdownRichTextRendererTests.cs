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
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"col\">Week</th>", html);
        Assert.Contains("<td class=\"govuk-table__cell\">Decide</td>", html);
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

    [Fact]
    public void Markdown_tables_are_gov_uk_tables_that_scroll_on_a_phone_in_a_focusable_region_named_by_their_columns()
    {
        var html = renderer.ToSafeHtml("| Age | Support |\n| --- | --- |\n| 0 to 5 | Portage |\n");

        Assert.StartsWith("<div class=\"app-table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Age, Support\"><table class=\"govuk-table\">", html);
        Assert.Contains("<thead class=\"govuk-table__head\">", html);
        Assert.Contains("<tbody class=\"govuk-table__body\">", html);
        Assert.Contains("<tr class=\"govuk-table__row\">", html);
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"col\">Age</th>", html);
        Assert.Contains("<td class=\"govuk-table__cell\">0 to 5</td>", html);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>", "script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<table onmouseover=alert(1)><tr><td>raw</td></tr></table>", "table")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "javascript:")]
    [InlineData("![x](javascript:alert(1))", "img")]
    [InlineData("| a | b |\n| --- | --- |\n| <script>alert(1)</script> | [c](javascript:alert(1)) |", "script")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>", "style")]
    public void Hostile_input_is_shown_as_harmless_text(string markdown, string mustNotAppearAsMarkup)
    {
        var html = renderer.ToSafeHtml(markdown);

        // Escaped text such as "&lt;script&gt;" is harmless: only what sits inside real tags matters.
        var tags = Regex.Matches(html, "<[^>]*>").Select(m => m.Value).ToList();
        Assert.DoesNotContain(tags, tag => tag.Contains(mustNotAppearAsMarkup, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(tags, tag => Regex.IsMatch(tag, "\\son[a-z]+=", RegexOptions.IgnoreCase));
        Assert.DoesNotContain(tags, tag => Regex.IsMatch(tag, "(href|src)=\"\\s*(javascript|data|vbscript):", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Images_from_the_media_library_are_kept_with_their_alt_text()
    {
        var html = renderer.ToSafeHtml("![Map of the centre](/media/0123456789abcdef0123456789abcdef/map.png)");

        Assert.Contains("<img src=\"/media/0123456789abcdef0123456789abcdef/map.png\" alt=\"Map of the centre\"", html);
    }

    [Theory]
    [InlineData("![Tracking pixel](https://tracker.example/pixel.gif)")]
    [InlineData("![Sneaky](//tracker.example/media/pixel.gif)")]
    [InlineData("![Up and out](/media//tracker.example/pixel.gif)")]
    [InlineData("![Back office](/media/../editorial/content)")]
    [InlineData("![Back office](/media/x/../../editorial/content)")]
    [InlineData("![Back office](/media/%2e%2e/editorial/content)")]
    [InlineData("![Back office](/media/%2E%2E/editorial/content)")]
    [InlineData("![Back office](/media/.%2e/editorial/content)")]
    [InlineData("![Back office](/media\\..\\editorial/content)")]
    [InlineData("![Back office](/media/..%2feditorial/content)")]
    public void Images_from_anywhere_else_become_their_alt_text(string markdown)
    {
        var html = renderer.ToSafeHtml(markdown);

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("tracker.example", html);
        Assert.DoesNotContain("editorial", html);
    }
}
