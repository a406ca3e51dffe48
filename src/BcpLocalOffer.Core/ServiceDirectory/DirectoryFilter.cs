using System.Globalization;
using BcpLocalOffer.Core.ServiceDirectory.Published;

namespace BcpLocalOffer.Core.ServiceDirectory;

/// <summary>
/// What a family chose on /directory: kinds, needs, localities and costs (any of the ticked terms
/// within a group, every group at once) and their child's age. Read from the query string as
/// typed; a value that matches nothing is an error to show, not a 500.
/// </summary>
public sealed record DirectoryFilter(
    IReadOnlySet<string> Kinds, IReadOnlySet<string> Needs, IReadOnlySet<string> Localities, IReadOnlySet<string> Costs, int? Age)
{
    public const int MaxAge = 25;

    public static DirectoryFilter None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), null);

    public bool IsEmpty => Kinds.Count == 0 && Needs.Count == 0 && Localities.Count == 0 && Costs.Count == 0 && Age is null;

    /// <summary>The groups families tick, in the order of the form (the query-string name is the taxonomy's slug).</summary>
    public static IReadOnlyList<Taxonomy> Groups { get; } =
        [DirectoryTaxonomies.Kinds, DirectoryTaxonomies.Needs, DirectoryTaxonomies.Localities, DirectoryTaxonomies.Costs];

    /// <summary>Reads the raw values; <paramref name="errors"/> gets one message per field that matches nothing.</summary>
    public static DirectoryFilter Read(
        IEnumerable<string?> kinds, IEnumerable<string?> needs, IEnumerable<string?> localities, IEnumerable<string?> costs, string? age,
        IDictionary<string, string> errors)
    {
        int? ageValue = null;
        if (!string.IsNullOrWhiteSpace(age))
        {
            if (int.TryParse(age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= MaxAge)
            {
                ageValue = years;
            }
            else
            {
                errors["age"] = $"Enter an age in whole years from 0 to {MaxAge}, like 8";
            }
        }

        return new DirectoryFilter(
            Terms(DirectoryTaxonomies.Kinds, kinds, "Choose kinds of service from the list", errors),
            Terms(DirectoryTaxonomies.Needs, needs, "Choose needs from the list", errors),
            Terms(DirectoryTaxonomies.Localities, localities, "Choose places from the list", errors),
            Terms(DirectoryTaxonomies.Costs, costs, "Choose costs from the list", errors),
            ageValue);
    }

    public IReadOnlySet<string> Chosen(string taxonomy) => taxonomy switch
    {
        DirectoryTaxonomies.Kind => Kinds,
        DirectoryTaxonomies.Need => Needs,
        DirectoryTaxonomies.Locality => Localities,
        _ => Costs,
    };

    public IEnumerable<PublishedService> Apply(IEnumerable<PublishedService> services) => services.Where(s => Matches(s, except: null));

    /// <summary>
    /// How many services each term would find, given the family's other choices: the count beside
    /// a box is what ticking it (alone in its group) would show.
    /// </summary>
    public IReadOnlyDictionary<string, int> Counts(IReadOnlyList<PublishedService> services, Taxonomy group)
    {
        var others = services.Where(s => Matches(s, except: group.Slug)).ToList();
        return group.Terms.ToDictionary(t => t.Slug, t => others.Count(s => Has(s, group.Slug, t.Slug)));
    }

    private bool Matches(PublishedService service, string? except) =>
        (Age is null || service.IsForAge(Age.Value))
        && Groups.All(g => g.Slug == except || Chosen(g.Slug).Count == 0 || Chosen(g.Slug).Any(slug => Has(service, g.Slug, slug)));

    private static bool Has(PublishedService service, string taxonomy, string slug) => taxonomy switch
    {
        DirectoryTaxonomies.Kind => service.Kind.Slug == slug,
        DirectoryTaxonomies.Need => service.NeedSlugs.Contains(slug),
        DirectoryTaxonomies.Locality => service.Localities.Any(l => l.Slug == slug),
        _ => service.Costs.Any(c => c.Slug == slug),
    };

    private static HashSet<string> Terms(Taxonomy taxonomy, IEnumerable<string?> values, string message, IDictionary<string, string> errors)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (taxonomy.Find(value) is { } term)
            {
                chosen.Add(term.Slug);
            }
            else
            {
                errors[taxonomy.Slug] = message;
            }
        }

        return chosen;
    }
}
