using BcpLocalOffer.Core.Content;

namespace BcpLocalOffer.UnitTests.Content;

public class ContentVersionTests
{
    [Fact]
    public void Editing_a_copy_never_changes_the_version_it_came_from()
    {
        var original = new ContentVersion
        {
            NodeKey = Guid.NewGuid(),
            Number = 3,
            Name = "Short breaks",
            Body = "Original",
            Properties = new() { ["phase"] = "early-years" },
            CreatedBy = ContentVersion.SeedAuthor,
            SeedHash = "ABC",
        };

        var copy = original.CopyAsNext(4, "editor@example.test", DateTimeOffset.UnixEpoch);
        copy.Body = "Changed";
        copy.Properties["phase"] = "post-16";

        Assert.Equal("Original", original.Body);
        Assert.Equal("early-years", original.Properties["phase"]);
        Assert.Equal((4, "Short breaks", "editor@example.test"), (copy.Number, copy.Name, copy.CreatedBy));
        Assert.Null(copy.SeedHash);
    }
}
