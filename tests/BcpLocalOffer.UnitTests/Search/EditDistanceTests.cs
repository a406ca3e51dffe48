using BcpLocalOffer.Infrastructure.Search;

namespace BcpLocalOffer.UnitTests.Search;

public class EditDistanceTests
{
    [Theory]
    [InlineData("autism", "autism", 0)]
    [InlineData("autism", "autsim", 1)] // two letters swapped: the commonest typing slip
    [InlineData("tribunal", "tribunel", 1)]
    [InlineData("speech", "speach", 1)]
    [InlineData("mediation", "mediaton", 1)]
    [InlineData("respite", "respit", 1)]
    [InlineData("annual", "anual", 1)]
    [InlineData("medaiton", "mediation", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void Counts_insertions_deletions_substitutions_and_adjacent_swaps_as_one_edit_each(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, limit: 5));
        Assert.Equal(expected, EditDistance.Between(b, a, limit: 5));
    }

    [Theory]
    [InlineData("abcdef", "uvwxyz", 2)]
    [InlineData("direct", "payments", 1)]
    [InlineData("autism", "atsim", 1)]
    [InlineData("abc", "xyzabc", 1)]
    public void Answers_more_than_the_limit_when_the_words_are_further_apart(string a, string b, int limit)
    {
        Assert.True(EditDistance.Between(a, b, limit) > limit);
    }
}
