namespace BcpLocalOffer.Core.Content;

/// <summary>
/// A kind of page, defined in code (as Umbraco document types are defined in its back office):
/// which extra properties it carries and which types may sit beneath it in the tree.
/// </summary>
public sealed record DocumentType(
    string Alias,
    string Name,
    IReadOnlyList<PropertyType> Properties,
    IReadOnlyList<string> AllowedChildTypes)
{
    public PropertyType? FindProperty(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public bool AllowsChild(string childAlias) => AllowedChildTypes.Contains(childAlias, StringComparer.Ordinal);
}

public enum PropertyKind
{
    Text,
    RichText,
    Choice,
}

/// <summary>An extra field on a document type. Choices are alias → label.</summary>
public sealed record PropertyType(
    string Alias,
    string Label,
    PropertyKind Kind,
    bool Required = false,
    IReadOnlyDictionary<string, string>? Choices = null);
