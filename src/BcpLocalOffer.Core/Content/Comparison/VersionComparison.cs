using System.Globalization;
using BcpLocalOffer.Core.Comparison;

namespace BcpLocalOffer.Core.Content.Comparison;

/// <summary>Every field an editor can change, compared between an older and a newer version of one page.</summary>
public static class VersionComparison
{
    public static IReadOnlyList<FieldDifference> Compare(DocumentType type, ContentVersion before, ContentVersion after)
    {
        var fields = new List<FieldDifference>
        {
            Field("Page title", before.Name, after.Name),
            Field("Short name for menus", before.NavigationName, after.NavigationName),
            Field("Summary", before.Summary, after.Summary),
            Field("Page text", before.Body, after.Body),
        };
        foreach (var property in type.Properties)
        {
            fields.Add(Field(property.Label, Display(property, before), Display(property, after)));
        }

        fields.Add(Field("What the law asks for that it covers", Covers(before), Covers(after)));
        fields.Add(Field("Description for search engines", before.MetaDescription, after.MetaDescription));
        fields.Add(Field("Owner", before.OwnerOrganisation, after.OwnerOrganisation));
        fields.Add(Field("Review by", Date(before.ReviewBy), Date(after.ReviewBy)));
        return fields;
    }

    private static FieldDifference Field(string label, string? before, string? after) => new(label, TextDiff.Compare(before, after));

    private static string? Display(PropertyType property, ContentVersion version)
    {
        var value = version.Properties.GetValueOrDefault(property.Alias);
        return value is not null && property.Choices?.GetValueOrDefault(value) is { } label ? label : value;
    }

    private static string? Covers(ContentVersion version) =>
        version.Properties.GetValueOrDefault(Coverage.LocalOfferCoverage.PageProperty)?.Replace(",", ", ", StringComparison.Ordinal);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
