using System.Globalization;

namespace BcpLocalOffer.Tests.Shared;

/// <summary>How well one search engine answers a relevance set: top 1, top 3 and mean reciprocal rank over the top 10.</summary>
public sealed record RelevanceScore(int Count, int TopOne, int TopThree, double MeanReciprocalRank, IReadOnlyList<string> Misses)
{
    public double TopOneRate => TopOne / (double)Count;

    public double TopThreeRate => TopThree / (double)Count;

    public string Describe(string engine) => string.Create(CultureInfo.InvariantCulture,
        $"{engine,-34} top 1 {TopOne,3}/{Count} ({TopOneRate * 100,5:0.0}%)  top 3 {TopThree,3}/{Count} ({TopThreeRate * 100,5:0.0}%)  MRR {MeanReciprocalRank:0.000}");

    /// <summary>Runs every case through <paramref name="rankedUrls"/> (the engine's result addresses, best first).</summary>
    public static async Task<RelevanceScore> MeasureAsync(IReadOnlyList<FamiliesRelevanceSet.Case> cases, Func<string, Task<IReadOnlyList<string>>> rankedUrls)
    {
        int topOne = 0, topThree = 0;
        var reciprocal = 0.0;
        var misses = new List<string>();
        foreach (var relevanceCase in cases)
        {
            var urls = (await rankedUrls(relevanceCase.Query)).Take(10).ToList();
            var rank = urls.FindIndex(url => relevanceCase.Answers.Contains(url)) + 1;
            reciprocal += rank > 0 ? 1.0 / rank : 0;
            topOne += rank == 1 ? 1 : 0;
            if (rank is > 0 and <= 3)
            {
                topThree++;
            }
            else
            {
                misses.Add($"[{relevanceCase.Capability}] '{relevanceCase.Query}' wanted {string.Join(" or ", relevanceCase.Answers.Take(3))}"
                    + (rank > 0 ? $", found at {rank}" : ", not in the top 10") + $"; top 3: {string.Join(", ", urls.Take(3))}");
            }
        }

        return new RelevanceScore(cases.Count, topOne, topThree, reciprocal / cases.Count, misses);
    }
}
