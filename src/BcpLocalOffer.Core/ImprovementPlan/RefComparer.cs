namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>Orders refs as the plan does: by focus-area number, then letter ("2A" before "10A", "8B" before "8C").</summary>
public sealed class RefComparer : IComparer<string>
{
    public static RefComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (xNumber, xLetters) = Split(x ?? "");
        var (yNumber, yLetters) = Split(y ?? "");
        var byNumber = xNumber.CompareTo(yNumber);
        return byNumber != 0 ? byNumber : string.Compare(xLetters, yLetters, StringComparison.OrdinalIgnoreCase);
    }

    private static (int Number, string Letters) Split(string value)
    {
        var digits = value.TakeWhile(char.IsAsciiDigit).Count();
        return (digits > 0 && int.TryParse(value.AsSpan(0, digits), out var number) ? number : int.MaxValue, value[digits..]);
    }
}
