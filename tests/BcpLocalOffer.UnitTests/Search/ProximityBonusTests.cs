using BcpLocalOffer.Infrastructure.Search;

namespace BcpLocalOffer.UnitTests.Search;

public sealed class ProximityBonusTests
{
    [Fact]
    public void The_shortest_stretch_holding_every_word_is_measured_whatever_their_order()
    {
        // "carer" at 0, 9 and 20; "assessment" at 4 and 19: the closest pair is 19–20.
        Assert.Equal(1, ProximityBonus.ShortestStretch([[0, 9, 20], [4, 19]]));
        Assert.Equal(3, ProximityBonus.ShortestStretch([[5], [2], [4]]));
    }

    [Fact]
    public void Words_far_apart_make_a_long_stretch()
    {
        Assert.Equal(40, ProximityBonus.ShortestStretch([[0], [40]]));
    }
}
