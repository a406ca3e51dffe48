using BcpLocalOffer.Core.Content;

namespace BcpLocalOffer.UnitTests.Content;

public class UrlSegmentTests
{
    [Theory]
    [InlineData("short-breaks")]
    [InlineData("post-16")]
    [InlineData("a")]
    public void Readable_segments_are_valid(string segment) => Assert.True(UrlSegment.IsValid(segment));

    [Theory]
    [InlineData("")]
    [InlineData("Short-Breaks")]
    [InlineData("short--breaks")]
    [InlineData("-short")]
    [InlineData("short breaks")]
    [InlineData("short/breaks")]
    [InlineData("../etc")]
    public void Segments_that_would_make_unreadable_or_unsafe_urls_are_rejected(string segment) =>
        Assert.False(UrlSegment.IsValid(segment));

    [Theory]
    [InlineData("Children's continuing care", "childrens-continuing-care")]
    [InlineData("EHC needs assessments & plans", "ehc-needs-assessments-plans")]
    [InlineData("  Café   visits ", "cafe-visits")]
    public void A_page_name_becomes_a_readable_segment(string name, string expected)
    {
        var segment = UrlSegment.FromName(name);

        Assert.Equal(expected, segment);
        Assert.True(UrlSegment.IsValid(segment));
    }
}
