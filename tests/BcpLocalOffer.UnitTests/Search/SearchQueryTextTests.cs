using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.UnitTests.Search;

public class SearchQueryTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("  short   breaks  ", "short breaks")]
    [InlineData("short\tbreaks\r\nnear me", "short breaks near me")]
    [InlineData("short\u0000 breaks\u0007\u001b", "short breaks")]
    [InlineData("caf\u00e9 \u0645\u0631\u062d\u0628\u0627", "caf\u00e9 \u0645\u0631\u062d\u0628\u0627")]
    public void Normalise_trims_collapses_spaces_and_drops_control_characters_but_keeps_letters(string? typed, string expected)
    {
        Assert.Equal(expected, SearchQueryText.Normalise(typed));
    }

    [Fact]
    public void Normalise_drops_a_lone_surrogate_that_no_encoding_could_carry()
    {
        Assert.Equal("lone surrogate", SearchQueryText.Normalise("lone \ud800 surrogate"));
    }

    [Theory]
    [InlineData("email jo.bloggs@example.com please", "email [email] please")]
    [InlineData("call 01202 123456", "call [number]")]
    [InlineData("mobile 07700-900-123", "mobile [number]")]
    [InlineData("NHS number 943 476 5919", "nhs number [number]")]
    [InlineData("SEND Code of Practice 2014", "send code of practice 2014")]
    [InlineData("year 9 annual review", "year 9 annual review")]
    [InlineData("The 20-week Timeline", "the 20-week timeline")]
    public void ForLog_takes_out_email_addresses_and_long_numbers_and_lowercases(string typed, string logged)
    {
        Assert.Equal(logged, SearchQueryText.ForLog(typed));
    }

    [Fact]
    public void ForLog_keeps_at_most_the_longest_search_allowed()
    {
        var logged = SearchQueryText.ForLog(string.Concat(Enumerable.Repeat("respite ", 60)));

        Assert.Equal(SearchRequest.MaxTextLength, logged.Length);
        Assert.StartsWith("respite respite", logged);
    }
}
