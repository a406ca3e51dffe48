using BcpLocalOffer.Core.Identity;

namespace BcpLocalOffer.UnitTests.Identity;

public class PartnerOrganisationTests
{
    [Theory]
    [InlineData("NHS Dorset")]
    [InlineData("  SENDIASS  ")]
    [InlineData("BCP Council Children's Social Care")]
    public void A_name_on_one_line_within_the_limit_is_accepted(string name) => Assert.Null(PartnerOrganisation.NameProblem(name));

    [Theory]
    [InlineData(null, "Enter the organisation’s name")]
    [InlineData("   ", "Enter the organisation’s name")]
    [InlineData("Two\nlines", "The name must be on one line")]
    public void A_missing_or_broken_name_is_refused_with_a_reason(string? name, string reason) =>
        Assert.Equal(reason, PartnerOrganisation.NameProblem(name));

    [Fact]
    public void A_name_longer_than_the_column_is_refused() =>
        Assert.Equal("The name must be 200 characters or fewer", PartnerOrganisation.NameProblem(new string('a', PartnerOrganisation.MaxNameLength + 1)));
}
