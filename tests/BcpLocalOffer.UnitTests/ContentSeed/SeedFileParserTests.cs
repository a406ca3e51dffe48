using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.ContentSeed;

namespace BcpLocalOffer.UnitTests.ContentSeed;

public class SeedFileParserTests
{
    private static readonly IReadOnlySet<string> Owners = new HashSet<string> { "BCP Council SEND Service", "NHS Dorset" };

    private const string ContentPage = """
        ---
        type: contentPage
        title: "Direct payments: how they work"
        summary: Money instead of services.
        owner: BCP Council SEND Service
        reviewBy: 2027-05-31
        lastReviewed: 2026-11-01
        order: 20
        ---
        ## Who can get them

        Most families can.
        """;

    [Fact]
    public void A_content_page_is_read_with_its_front_matter_and_body()
    {
        var problems = new List<string>();

        var page = SeedFileParser.Parse("money/direct-payments", ContentPage, problems, Owners);

        Assert.Empty(problems);
        Assert.NotNull(page);
        Assert.Equal("Direct payments: how they work", page.Title);
        Assert.Equal("direct-payments", page.UrlSegment);
        Assert.Equal(20, page.SortOrder);
        Assert.Equal(new DateOnly(2027, 5, 31), page.ReviewBy);
        Assert.Equal(SeedKeys.ForTreePath("money"), page.ParentKey);
        Assert.Equal("Money instead of services.", page.MetaDescription);
        Assert.StartsWith("## Who can get them", page.Body);
    }

    [Fact]
    public void The_same_file_always_gets_the_same_key_and_hash()
    {
        var first = SeedFileParser.Parse("money/direct-payments", ContentPage, new List<string>(), Owners)!;
        var second = SeedFileParser.Parse("money/direct-payments", ContentPage, new List<string>(), Owners)!;
        var edited = SeedFileParser.Parse("money/direct-payments", ContentPage + "\nMore.", new List<string>(), Owners)!;

        Assert.Equal(first.Key, second.Key);
        Assert.Equal(first.Hash, second.Hash);
        Assert.NotEqual(first.Hash, edited.Hash);
        Assert.NotEqual(SeedKeys.ForTreePath("money/direct-payments"), SeedKeys.ForTreePath("money/personal-budgets"));
    }

    [Fact]
    public void Graduated_response_levels_come_from_property_blocks()
    {
        var text = """
            ---
            type: graduatedResponse
            title: Communication and interaction
            summary: Help with talking.
            owner: NHS Dorset
            reviewBy: 2027-05-31
            lastReviewed: 2026-11-01
            phase: early-years
            areaOfNeed: communication-and-interaction
            ---
            Introduction.

            --- property: ordinarilyAvailable ---

            - Visual timetables

            --- property: senSupport ---

            Assess, plan, do, review.

            --- property: specialist ---

            Speech and language therapy.
            """;
        var problems = new List<string>();

        var page = SeedFileParser.Parse("graduated-response/early-years/communication-and-interaction", text, problems, Owners);

        Assert.Empty(problems);
        Assert.Equal("Introduction.", page!.Body);
        Assert.Equal("- Visual timetables", page.Properties["ordinarilyAvailable"]);
        Assert.Equal("Speech and language therapy.", page.Properties["specialist"]);
        Assert.Equal("early-years", page.Properties["phase"]);
    }

    [Fact]
    public void Every_mistake_in_a_file_is_reported_with_the_file_it_is_in()
    {
        var text = """
            ---
            type: graduatedResponse
            title: Broken
            owner: Somebody else
            reviewBy: 31/05/2027
            lastReviewed: 2026-11-01
            phase: teenage
            order: first
            ---
            Body.
            """;
        var problems = new List<string>();

        var page = SeedFileParser.Parse("graduated-response/Broken Page", text, problems, Owners);

        Assert.Null(page);
        Assert.All(problems, p => Assert.StartsWith("graduated-response/Broken Page:", p));
        Assert.Contains(problems, p => p.Contains("'summary' is missing"));
        Assert.Contains(problems, p => p.Contains("owner 'Somebody else'"));
        Assert.Contains(problems, p => p.Contains("reviewBy '31/05/2027'"));
        Assert.Contains(problems, p => p.Contains("'teenage' is not a valid phase"));
        Assert.Contains(problems, p => p.Contains("needs 'areaOfNeed'"));
        Assert.Contains(problems, p => p.Contains("needs 'specialist'"));
        Assert.Contains(problems, p => p.Contains("order 'first'"));
        Assert.Contains(problems, p => p.Contains("not a valid URL segment"));
    }

    [Theory]
    [InlineData("no front matter at all")]
    [InlineData("---\ntype: contentPage\ntitle: Never closed\n")]
    public void A_file_without_proper_front_matter_is_refused(string text)
    {
        var problems = new List<string>();

        Assert.Null(SeedFileParser.Parse("broken", text, problems, Owners));
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Unknown_types_and_properties_are_refused()
    {
        var problems = new List<string>();
        var text = ContentPage.Replace("type: contentPage", "type: blogPost", StringComparison.Ordinal);

        Assert.Null(SeedFileParser.Parse("x", text, problems, Owners));
        Assert.Contains(problems, p => p.Contains("unknown type 'blogPost'"));

        problems.Clear();
        text = ContentPage.Replace("order: 20", "order: 20\ncolour: blue", StringComparison.Ordinal);
        Assert.Null(SeedFileParser.Parse("x", text, problems, Owners));
        Assert.Contains(problems, p => p.Contains("'colour' is not a property of " + DocumentTypes.Get(DocumentTypes.ContentPage).Name));
    }
}
