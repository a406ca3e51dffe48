using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.WritingHelp;

/// <summary>
/// The reading age of a text: its Flesch-Kincaid grade level plus 5 (a US school grade starts at
/// about 6 years old, so grade 4 reads at 9). Grade = 0.39 × words per sentence + 11.8 × syllables
/// per word − 15.59 (Kincaid et al., 1975). Syllables are counted by vowel groups, the usual
/// approximation: it is wrong on a few words ("Australian" counts 3) but steady over a paragraph.
/// </summary>
public static partial class ReadingAge
{
    /// <summary>No text reads below the age at which children start to read on their own.</summary>
    public const int Youngest = 5;

    public static double Grade(int words, int sentences, int syllables) =>
        words == 0 || sentences == 0 ? 0 : (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;

    /// <summary>The age, rounded to a whole year, never below <see cref="Youngest"/>.</summary>
    public static int FromGrade(double grade) => Math.Max(Youngest, (int)Math.Round(grade + 5, MidpointRounding.AwayFromZero));

    public static int Syllables(string word)
    {
        var letters = word.ToLowerInvariant().Where(char.IsLetter).ToArray();
        if (letters.Length == 0)
        {
            return 0;
        }

        var text = new string(letters);
        var groups = VowelGroups().Matches(text).Count;

        // A silent final e ("make", "care"), but not "-le" after a consonant ("able", "little") or "-ee".
        if (text.Length > 2 && text.EndsWith('e') && !text.EndsWith("le", StringComparison.Ordinal) && !text.EndsWith("ee", StringComparison.Ordinal) && groups > 1)
        {
            groups--;
        }

        // "-ed" is a syllable only after t or d ("wanted", "needed"), not in "called" or "helped".
        if (text.Length > 3 && text.EndsWith("ed", StringComparison.Ordinal) && text[^3] is not ('t' or 'd') && groups > 1)
        {
            groups--;
        }

        return Math.Max(1, groups);
    }

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroups();
}
