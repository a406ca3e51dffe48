namespace BcpLocalOffer.Core.Comparison;

/// <summary>One field of a page or a service compared between two versions.</summary>
public sealed record FieldDifference(string Label, IReadOnlyList<DiffPiece> Pieces)
{
    public bool Changed => TextDiff.HasChanges(Pieces);
}
