using System.ComponentModel.DataAnnotations;

namespace BcpLocalOffer.Core.WritingHelp;

public sealed class WritingHelpOptions
{
    public const string SectionName = "LocalOffer:WritingHelp";

    /// <summary>The reading age pages aim for: 9, as the GOV.UK content guidance does for everyone.</summary>
    [Range(ReadingAge.Youngest, 21)]
    public int TargetReadingAge { get; set; } = 9;

    /// <summary>Sentences longer than this are pointed out (GOV.UK: no more than 25 words).</summary>
    [Range(8, 60)]
    public int LongSentenceWords { get; set; } = 25;
}
