using BcpLocalOffer.Core.ServiceDirectory;

namespace BcpLocalOffer.UnitTests.ServiceDirectory;

/// <summary>Taxonomy ids are derived from names, so other services can keep them: same on every node, install and reseed.</summary>
public class DirectoryTaxonomyTests
{
    [Fact]
    public void Ids_are_name_based_uuids_that_never_change()
    {
        var id = StableId.For("taxonomy-term:kind:short-break");
        Assert.Equal(id, StableId.For("taxonomy-term:kind:short-break"));
        Assert.Equal(id, DirectoryTaxonomies.Kinds.Find("short-break")!.Id);
        Assert.Equal('5', id.ToString()[14]); // version 5
        Assert.Contains(id.ToString()[19], "89ab"); // RFC 4122 variant

        // Pinned: if this changes, every consumer of the API loses its references.
        Assert.Equal("f7278e64-9f3a-5d4d-afb3-c8fc5695e2bd", id.ToString());
    }

    [Fact]
    public void Every_term_and_taxonomy_has_its_own_id_and_specific_needs_sit_under_a_broad_area()
    {
        var terms = DirectoryTaxonomies.All.SelectMany(t => t.Terms).ToList();
        Assert.Equal(terms.Count, terms.Select(t => t.Id).Distinct().Count());
        Assert.Equal(5, DirectoryTaxonomies.All.Select(t => t.Id).Distinct().Count());
        Assert.Equal(4, DirectoryTaxonomies.Needs.Terms.Count(t => t.ParentSlug is null));
        Assert.All(DirectoryTaxonomies.Needs.Terms.Where(t => t.ParentSlug is not null), t => Assert.True(DirectoryTaxonomies.Needs.IsKnown(t.ParentSlug)));
        Assert.Equal(["Bournemouth", "Christchurch", "Poole", "Wider Dorset", "Online"], DirectoryTaxonomies.Localities.Terms.Select(t => t.Label));
    }

    [Theory]
    [InlineData("active", ServiceStatus.Active, true)]
    [InlineData("temporarily closed", ServiceStatus.TemporarilyClosed, true)]
    [InlineData("temporarily-closed", ServiceStatus.TemporarilyClosed, true)]
    [InlineData("inactive", ServiceStatus.Inactive, false)]
    [InlineData("defunct", ServiceStatus.Defunct, false)]
    public void Statuses_read_the_open_referral_words_and_only_active_and_temporarily_closed_are_listed(string text, ServiceStatus status, bool listed)
    {
        Assert.Equal(status, ServiceStatuses.Parse(text));
        Assert.Equal(listed, status.IsListed());
    }
}
