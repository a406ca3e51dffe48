using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;

namespace BcpLocalOffer.UnitTests.ServiceDirectory;

/// <summary>Families' filters: any ticked term within a group, every group at once, counts given the other groups.</summary>
public class DirectoryFilterTests
{
    private static readonly IReadOnlyList<PublishedService> Services =
    [
        Service("Splash", "short-break", 5, 17, ["autism", "physical-disability"], ["poole"], ["paid"]),
        Service("Overnights", "short-break", 8, 18, ["complex-health-needs"], ["bournemouth"], ["short-break-assessment"]),
        Service("Football", "activity-or-club", 6, 25, ["learning-disability"], ["bournemouth"], ["free"]),
        Service("Advice line", "advice", 0, 25, ["cognition-and-learning"], ["online", "poole"], ["free"]),
    ];

    [Fact]
    public void Terms_in_one_group_widen_and_groups_narrow()
    {
        Assert.Equal(["Splash", "Overnights", "Football"], Names(Read(kind: ["short-break", "activity-or-club"])));
        Assert.Equal(["Football"], Names(Read(kind: ["short-break", "activity-or-club"], locality: ["bournemouth"], cost: ["free"])));
    }

    [Fact]
    public void A_broad_area_of_need_finds_services_for_its_specific_conditions()
    {
        Assert.Equal(["Splash"], Names(Read(need: ["communication-and-interaction"])));
        Assert.Equal(["Football", "Advice line"], Names(Read(need: ["cognition-and-learning"])));
        Assert.Empty(Names(Read(need: ["autism"], locality: ["bournemouth"])));
    }

    [Theory]
    [InlineData("5", new[] { "Splash", "Advice line" })]
    [InlineData("17", new[] { "Splash", "Overnights", "Football", "Advice line" })]
    [InlineData("18", new[] { "Overnights", "Football", "Advice line" })]
    [InlineData("0", new[] { "Advice line" })]
    public void An_age_finds_services_whose_range_includes_it_at_both_ends(string age, string[] expected) =>
        Assert.Equal(expected, Names(Read(age: age)));

    [Fact]
    public void The_count_beside_a_term_is_what_ticking_it_would_find_given_the_other_groups()
    {
        var filter = Read(kind: ["short-break"], locality: ["poole"]);
        var localities = filter.Counts(Services, DirectoryTaxonomies.Localities);
        Assert.Equal(1, localities["poole"]);
        Assert.Equal(1, localities["bournemouth"]); // Overnights: its own group's choice is left out
        Assert.Equal(0, localities["online"]);
        var kinds = filter.Counts(Services, DirectoryTaxonomies.Kinds);
        Assert.Equal(1, kinds["short-break"]);
        Assert.Equal(1, kinds["advice"]);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("26")]
    [InlineData("eight")]
    [InlineData("8.5")]
    [InlineData("99999999999999999999")]
    public void An_age_that_is_not_0_to_25_whole_years_is_an_error(string age)
    {
        var errors = new Dictionary<string, string>();
        DirectoryFilter.Read([], [], [], [], age, errors);
        Assert.Contains("age", errors.Keys);
    }

    [Fact]
    public void An_unknown_term_is_an_error_for_its_group_and_case_does_not_matter_for_known_ones()
    {
        var errors = new Dictionary<string, string>();
        var filter = DirectoryFilter.Read(["Short-Break", "castle"], [], ["<script>"], [], null, errors);
        Assert.Equal(["kind", "locality"], errors.Keys.Order());
        Assert.Equal(["short-break"], filter.Kinds);
    }

    private static DirectoryFilter Read(string[]? kind = null, string[]? need = null, string[]? locality = null, string[]? cost = null, string? age = null)
    {
        var errors = new Dictionary<string, string>();
        var filter = DirectoryFilter.Read(kind ?? [], need ?? [], locality ?? [], cost ?? [], age, errors);
        Assert.Empty(errors);
        return filter;
    }

    private static List<string> Names(DirectoryFilter filter) => [.. filter.Apply(Services).Select(s => s.Name)];

    private static PublishedService Service(string name, string kind, int min, int max, string[] needs, string[] localities, string[] costs) =>
        PublishedServiceBuilder.Build(
            new DirectoryService { Id = StableId.For(name), Slug = name.ToLowerInvariant().Replace(' ', '-') },
            new ServiceVersion
            {
                Name = name,
                Organisation = "Test",
                Kind = kind,
                MinimumAge = min,
                MaximumAge = max,
                Needs = [.. needs],
                Localities = [.. localities],
                Costs = [.. costs],
                AccessRoutes = ["self-referral"],
            });
}
