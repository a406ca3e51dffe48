namespace BcpLocalOffer.Core.WritingHelp;

/// <summary>What the writing help tells an author about a text. It advises; nothing here blocks a save.</summary>
public sealed record WritingAdvice(
    int Words,
    int Sentences,
    int? ReadingAge,
    int TargetReadingAge,
    int LongSentenceWords,
    IReadOnlyList<LongSentence> LongSentences,
    IReadOnlyList<string> PassivePhrases,
    IReadOnlyList<PlainWordSwap> PlainWordSwaps,
    IReadOnlyList<string> ImagesWithoutAltText,
    IReadOnlyList<string> HeadingProblems)
{
    public bool AboveTarget => ReadingAge > TargetReadingAge;

    public int PointCount => LongSentences.Count + PassivePhrases.Count + PlainWordSwaps.Count + ImagesWithoutAltText.Count + HeadingProblems.Count;
}

/// <summary>A sentence over the limit: how it starts, so the author can find it, and its length.</summary>
public sealed record LongSentence(string Start, int Words);

public sealed record PlainWordSwap(string Word, string Instead, int Times);
