namespace BcpLocalOffer.Infrastructure.ContentSeed;

/// <summary>The seed has mistakes; the message lists every one with its file, so they can all be fixed at once.</summary>
public sealed class ContentSeedException(IReadOnlyList<string> problems)
    : Exception("The content seed has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
