using BcpLocalOffer.Core.ServiceDirectory;

namespace BcpLocalOffer.UnitTests.ServiceDirectory;

/// <summary>A SEND-friendly claim needs all four pieces of evidence, checked within the configured months.</summary>
public class SendFriendlyRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static SendFriendlyEvidence CheckedOn(DateOnly? on) =>
        new("Team Teach and epilepsy awareness", "Autism and physical disabilities", "BCP Council Short Breaks Team", on);

    [Fact]
    public void Complete_evidence_checked_exactly_twelve_months_ago_still_shows_and_a_day_more_is_stale()
    {
        Assert.Equal(SendFriendlyVerdict.Shown, SendFriendlyRule.Judge(CheckedOn(new(2025, 11, 22)), Today, 12));
        Assert.Equal(SendFriendlyVerdict.Stale, SendFriendlyRule.Judge(CheckedOn(new(2025, 11, 21)), Today, 12));
        Assert.Equal(SendFriendlyVerdict.Shown, SendFriendlyRule.Judge(CheckedOn(Today), Today, 12));
    }

    [Fact]
    public void Months_count_on_the_calendar_so_a_check_on_29_february_lasts_until_28_february()
    {
        var leapDay = CheckedOn(new(2024, 2, 29));
        Assert.Equal(SendFriendlyVerdict.Shown, SendFriendlyRule.Judge(leapDay, new(2025, 2, 28), 12));
        Assert.Equal(SendFriendlyVerdict.Stale, SendFriendlyRule.Judge(leapDay, new(2025, 3, 1), 12));
        Assert.Equal(new DateOnly(2025, 2, 28), SendFriendlyRule.ShowsUntil(leapDay, 12));
    }

    [Fact]
    public void The_period_comes_from_configuration()
    {
        var evidence = CheckedOn(new(2026, 5, 22));
        Assert.Equal(SendFriendlyVerdict.Shown, SendFriendlyRule.Judge(evidence, Today, 6));
        Assert.Equal(SendFriendlyVerdict.Stale, SendFriendlyRule.Judge(evidence, Today.AddDays(1), 6));
        Assert.Equal(12, new DirectoryOptions().EvidenceValidMonths);
    }

    [Theory]
    [InlineData(null, "needs", "verifier")]
    [InlineData("training", "", "verifier")]
    [InlineData("training", "needs", "   ")]
    public void Missing_evidence_never_shows_the_claim(string? training, string? needs, string? verifier)
    {
        Assert.Equal(SendFriendlyVerdict.Incomplete, SendFriendlyRule.Judge(new(training, needs, verifier, Today), Today, 12));
        Assert.Null(SendFriendlyRule.ShowsUntil(new(training, needs, verifier, Today), 12));
    }

    [Fact]
    public void No_date_or_a_date_in_the_future_is_not_a_check()
    {
        Assert.Equal(SendFriendlyVerdict.Incomplete, SendFriendlyRule.Judge(CheckedOn(null), Today, 12));
        Assert.Equal(SendFriendlyVerdict.Incomplete, SendFriendlyRule.Judge(CheckedOn(Today.AddDays(1)), Today, 12));
        Assert.Equal(SendFriendlyVerdict.Incomplete, SendFriendlyRule.Judge(SendFriendlyEvidence.None, Today, 12));
    }
}
