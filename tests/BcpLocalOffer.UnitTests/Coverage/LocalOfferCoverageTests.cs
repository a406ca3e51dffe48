using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Coverage;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Coverage;

namespace BcpLocalOffer.UnitTests.Coverage;

public sealed class LocalOfferCoverageTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly LegalDuty Travel = new("travel", "Schedule 2", "Travel to school", "Travel", [], []);
    private static readonly LegalDuty Complaints = new("complaints", "Schedule 2, paragraph 17", "How to complain", "Complaints", [], []);
    private static readonly LegalDuty Comments = new("comments-and-response", "Section 30(6)", "Comments", "Comments", ["/you-said-we-did"], []);
    private static readonly LegalDuty Childcare = new("childcare", "Schedule 2", "Childcare", "Childcare", [], []);
    private long nextId = 1;

    [Fact]
    public void A_duty_is_covered_by_a_page_in_date_covered_only_by_overdue_pages_or_not_covered()
    {
        var home = Node(null, DocumentTypes.Home, "", "Home", null, Today.AddYears(1));
        var travel = Node(home, DocumentTypes.ContentPage, "travel", "Travel", "travel", reviewBy: Today);
        var oldComplaints = Node(home, DocumentTypes.ContentPage, "complaints", "Complaints", "complaints,travel", reviewBy: Today.AddDays(-1));

        var coverage = LocalOfferCoverage.Assess([Travel, Complaints, Comments, Childcare], Build(home, travel, oldComplaints), PublishedDirectory.Empty, Today);

        var byCode = coverage.ToDictionary(c => c.Duty.Code);
        Assert.Equal(CoverageStatus.Covered, byCode["travel"].Status); // due today is not yet overdue
        Assert.Equal(["/complaints", "/travel"], byCode["travel"].CoveredBy.Select(i => i.Path));
        Assert.Equal(CoverageStatus.OnlyOverdue, byCode["complaints"].Status);
        Assert.True(Assert.Single(byCode["complaints"].CoveredBy).Overdue);
        Assert.Equal(CoverageStatus.Covered, byCode["comments-and-response"].Status); // the site's own feature
        Assert.Equal(CoverageStatus.NotCovered, byCode["childcare"].Status);
        Assert.Empty(byCode["childcare"].CoveredBy);
    }

    [Fact]
    public void An_unpublished_page_does_not_cover_anything()
    {
        var home = Node(null, DocumentTypes.Home, "", "Home", null, Today.AddYears(1));
        var draft = Node(home, DocumentTypes.ContentPage, "childcare", "Childcare", "childcare", Today.AddYears(1), published: false);

        var coverage = LocalOfferCoverage.Assess([Childcare], Build(home, draft), PublishedDirectory.Empty, Today);

        Assert.Equal(CoverageStatus.NotCovered, Assert.Single(coverage).Status);
    }

    [Fact]
    public void A_duties_file_with_a_code_used_twice_is_refused_with_the_reason()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{"duties":[{"code":"a","law":"x","subject":"y"},{"code":"a","law":"x","subject":"z"}]}""");

        var error = Assert.Throws<InvalidDataException>(() => LegalDuties.Read(path));

        Assert.Contains("the code 'a' is used twice", error.Message);
        File.Delete(path);
    }

    private static PublishedContentSnapshot Build(params ContentNode[] nodes) =>
        new PublishedSnapshotBuilder(new MarkdownRichTextRenderer()).Build(nodes, 1, DateTimeOffset.UtcNow);

    private ContentNode Node(ContentNode? parent, string type, string segment, string name, string? covers, DateOnly reviewBy, bool published = true)
    {
        var node = new ContentNode { Key = Guid.NewGuid(), ParentKey = parent?.Key, DocumentTypeAlias = type, UrlSegment = segment, CreatedAt = DateTimeOffset.UtcNow };
        var version = new ContentVersion
        {
            Id = nextId++,
            NodeKey = node.Key,
            Number = 1,
            Name = name,
            Summary = name,
            Body = name,
            OwnerOrganisation = "BCP Council",
            ReviewBy = reviewBy,
            LastReviewed = Today.AddMonths(-6),
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = "test",
            Properties = covers is null ? [] : new() { [LocalOfferCoverage.PageProperty] = covers },
        };
        node.Versions.Add(version);
        node.PublishedVersionId = published ? version.Id : null;
        return node;
    }
}
