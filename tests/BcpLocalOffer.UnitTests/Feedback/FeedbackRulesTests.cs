using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.YouSaidWeDid;

namespace BcpLocalOffer.UnitTests.Feedback;

public class FeedbackRulesTests
{
    [Fact]
    public void A_reference_is_the_same_for_the_same_submission_and_reads_well()
    {
        var id = Guid.NewGuid();
        var reference = FeedbackReference.For(id);
        Assert.Equal(reference, FeedbackReference.For(id));
        Assert.Matches("^LO-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", reference);
        Assert.NotEqual(reference, FeedbackReference.For(Guid.NewGuid()));
    }

    [Theory]
    [InlineData("/short-breaks", "/short-breaks")]
    [InlineData("/short-breaks?utm_source=x#top", "/short-breaks")]
    [InlineData("//evil.example/x", null)]
    [InlineData("https://evil.example/", null)]
    [InlineData("/with space", null)]
    [InlineData("", null)]
    public void A_page_answer_keeps_only_a_local_path_without_its_query(string typed, string? stored) =>
        Assert.Equal(stored, FeedbackText.PagePath(typed));

    [Theory]
    [InlineData("Plain words, émoji 👍 and عربى", false)]
    [InlineData("Line one\nline two\ttabbed", false)]
    [InlineData("NUL \0 inside", true)]
    [InlineData("bell \u0007", true)]
    public void Control_characters_other_than_tabs_and_new_lines_are_refused(string text, bool refused) =>
        Assert.Equal(refused, FeedbackText.HasControlCharacters(text));

    [Fact]
    public void Percent_yes_is_rounded_and_zero_without_answers()
    {
        Assert.Equal(67, new PageUsefulness("/a", 2, 1).PercentYes);
        Assert.Equal(0, new PageUsefulness("/a", 0, 0).PercentYes);
        Assert.Equal(100, new PageUsefulness("/a", 3, 0).PercentYes);
    }

    [Fact]
    public void The_listing_filter_combines_topic_area_status_and_year()
    {
        PublishedEntry Entry(int id, int topic, int area, EntryOutcome outcome, int year) =>
            new(id, "said", "did", outcome, null, new DateOnly(year, 1, 1), topic, "Topic", [area], [], [], [], 0, DateTime.UtcNow, DateTime.UtcNow);
        var entries = new[] { Entry(1, 1, 8, EntryOutcome.Done, 2026), Entry(2, 1, 3, EntryOutcome.Done, 2027), Entry(3, 2, 8, EntryOutcome.CannotDo, 2026) };

        Assert.Equal([1], new EntryFilter(1, 8, null, null).Apply(entries).Select(e => e.Id));
        Assert.Equal([1, 3], new EntryFilter(null, null, null, 2026).Apply(entries).Select(e => e.Id));
        Assert.Equal([3], new EntryFilter(null, null, EntryOutcome.CannotDo, null).Apply(entries).Select(e => e.Id));
    }
}
