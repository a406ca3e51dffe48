using BcpLocalOffer.Core.Comparison;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>
/// Two versions of anything side by side, the changed fields only, with the words that changed
/// marked: one table for pages and services alike.
/// </summary>
/// <param name="Caption">What the table is, as its caption says it.</param>
/// <param name="Before">The older version's column heading and its "saved by" line.</param>
/// <param name="After">The newer version's column heading and its "saved by" line.</param>
public sealed record ComparisonTable(IReadOnlyList<FieldDifference> Fields, string Caption, (string Heading, string Note) Before, (string Heading, string Note) After)
{
    public IReadOnlyList<FieldDifference> Changed => [.. Fields.Where(f => f.Changed)];

    public IReadOnlyList<string> Unchanged => [.. Fields.Where(f => !f.Changed).Select(f => f.Label)];
}
