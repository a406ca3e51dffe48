using System.Text;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.WritingHelp;

/// <summary>
/// Reads a page's Markdown as a family would read the page: the prose (not headings, tables or
/// code), sentence by sentence, for reading age, long sentences, passive voice and words with a
/// plainer alternative; and the Markdown itself for images with no alt text and headings that
/// skip a level.
/// </summary>
public sealed partial class WritingAdviser(WritingHelpOptions settings)
{
    private const int StartWords = 8;

    /// <summary>Adjectives that look like participles; "she is disabled" is not passive voice.</summary>
    private static readonly HashSet<string> NotPassive = new(StringComparer.OrdinalIgnoreCase)
    {
        "disabled", "interested", "worried", "tired", "concerned", "excited", "scared", "pleased", "supposed", "used",
        "based", "related", "qualified", "skilled", "experienced", "aged", "married",
    };

    private static readonly Regex[] PlainWordPatterns = PlainWords.Alternatives.Keys.Select(PatternFor).ToArray();

    public WritingAdvice Advise(string? markdown)
    {
        var (sentences, images, headings) = Read(markdown ?? "");
        int words = 0, syllables = 0;
        var longSentences = new List<LongSentence>();
        var passive = new List<string>();
        foreach (var sentence in sentences)
        {
            var sentenceWords = Words().Matches(sentence).Select(m => m.Value).ToList();
            words += sentenceWords.Count;
            syllables += sentenceWords.Sum(ReadingAge.Syllables);
            if (sentenceWords.Count > settings.LongSentenceWords)
            {
                longSentences.Add(new LongSentence(string.Join(' ', sentenceWords.Take(StartWords)) + "…", sentenceWords.Count));
            }

            passive.AddRange(Passive().Matches(sentence)
                .Where(m => !NotPassive.Contains(m.Groups["participle"].Value))
                .Select(m => m.Value));
        }

        var prose = string.Join(' ', sentences);
        var swaps = PlainWords.Alternatives
            .Select((pair, index) => new PlainWordSwap(pair.Key, pair.Value, PlainWordPatterns[index].Matches(prose).Count))
            .Where(s => s.Times > 0)
            .ToList();
        int? age = words == 0 ? null : ReadingAge.FromGrade(ReadingAge.Grade(words, sentences.Count, syllables));
        return new WritingAdvice(words, sentences.Count, age, settings.TargetReadingAge, settings.LongSentenceWords, longSentences, passive.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), swaps, images, headings);
    }

    /// <summary>The prose as sentences; images with no alt text; heading problems.</summary>
    private static (List<string> Sentences, List<string> Images, List<string> Headings) Read(string markdown)
    {
        var sentences = new List<string>();
        var images = new List<string>();
        var headings = new List<string>();
        var paragraph = new StringBuilder();
        var level = 1;
        var inCode = false;

        void EndParagraph()
        {
            foreach (var sentence in SentenceEnds().Split(paragraph.ToString()))
            {
                if (Words().IsMatch(sentence))
                {
                    sentences.Add(sentence.Trim());
                }
            }

            paragraph.Clear();
        }

        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                EndParagraph();
                continue;
            }

            foreach (Match image in Image().Matches(line))
            {
                if (string.IsNullOrWhiteSpace(image.Groups["alt"].Value))
                {
                    images.Add(image.Groups["src"].Value);
                }
            }

            if (inCode)
            {
                continue;
            }

            if (Heading().Match(line) is { Success: true } heading)
            {
                EndParagraph();
                var next = heading.Groups["marks"].Length;
                var text = heading.Groups["text"].Value.Trim();
                if (next == 1)
                {
                    headings.Add($"‘{text}’ is a main heading (#). The page's title is its only main heading: start the text's headings at ## .");
                }
                else if (next > level + 1)
                {
                    headings.Add($"‘{text}’ skips from heading level {level} to level {next}: use {new string('#', level + 1)} .");
                }

                level = next;
                continue;
            }

            if (line.Length == 0 || line.StartsWith('|'))
            {
                EndParagraph();
                continue;
            }

            // A list item is a sentence of its own, whether or not it ends with a full stop.
            if (ListMarker().Match(line) is { Success: true } item)
            {
                EndParagraph();
                paragraph.Append(Prose(line[item.Length..]));
                EndParagraph();
                continue;
            }

            paragraph.Append(' ').Append(Prose(line));
        }

        EndParagraph();
        return (sentences, images, headings);
    }

    private static string Prose(string line) =>
        Emphasis().Replace(Link().Replace(Image().Replace(line, ""), "${text}"), "");

    /// <summary>The word in any of its forms: "utilise", "utilises", "utilised", "utilising".</summary>
    private static Regex PatternFor(string word)
    {
        var escaped = Regex.Escape(word).Replace("\\ ", "\\s+", StringComparison.Ordinal);
        var pattern = word.Contains(' ', StringComparison.Ordinal) ? escaped
            : word.EndsWith('e') ? escaped[..^1] + "(?:e|es|ed|ing)"
            : escaped + "(?:s|es|ed|ing)?";
        return new Regex($@"\b{pattern}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnds();

    [GeneratedRegex(@"^(?<marks>#{1,6})\s+(?<text>.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\((?<src>[^)\s]*)[^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\b(?:am|is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?<participle>\w+ed|known|made|given|taken|seen|done|sent|written|paid|held|kept|told|found|shown|brought|built|chosen|drawn|met|set|put|heard|left|lost|run|sold|spent|understood|won)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();
}
