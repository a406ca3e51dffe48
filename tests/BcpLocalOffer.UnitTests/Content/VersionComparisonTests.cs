using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Comparison;
using BcpLocalOffer.Core.Content.Comparison;

namespace BcpLocalOffer.UnitTests.Content;

public class VersionComparisonTests
{
    [Fact]
    public void Only_the_fields_that_changed_are_marked_and_choices_are_compared_by_their_labels()
    {
        var before = new ContentVersion { Name = "Early years", Summary = "Support", Body = "Text", ReviewBy = new DateOnly(2027, 1, 31), Properties = { ["phase"] = "early-years" } };
        var after = before.CopyAsNext(2, "someone", DateTimeOffset.UnixEpoch);
        after.Properties["phase"] = "school-age";
        after.ReviewBy = new DateOnly(2027, 6, 30);

        var fields = VersionComparison.Compare(DocumentTypes.Get(DocumentTypes.GraduatedResponse), before, after);

        Assert.Equal(["Phase", "Review by"], fields.Where(f => f.Changed).Select(f => f.Label));
        var phase = fields.Single(f => f.Label == "Phase");
        Assert.Contains(phase.Pieces, p => p.Kind == DiffKind.Inserted && p.Text.Contains("School", StringComparison.Ordinal));
    }
}
