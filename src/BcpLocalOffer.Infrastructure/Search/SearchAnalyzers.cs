using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// How text becomes searchable words. Families type questions ("how do I get a short break"),
/// plurals, capitals and accents: all of these must meet the same indexed word.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English stop words plus the question words that carry no meaning in a search.</summary>
    public static readonly CharArraySet StopWords = new(Version,
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "how", "do", "does", "did", "i", "im", "my", "me", "what", "whats", "who", "can", "could",
        "would", "should", "when", "where", "why", "which", "you", "your", "we", "our", "us", "am", "have", "has",
        "about", "any", "want", "get", "find", "there", "much", "from", "all",
    ], ignoreCase: true);

    /// <summary>Words reduced to their stems: "assessments", "assessing" → "assess".</summary>
    public static Analyzer Stemming() => Analyzer.NewAnonymous((_, reader) =>
    {
        var (tokenizer, stemmed) = StemmedStream(reader);
        return new TokenStreamComponents(tokenizer, stemmed);
    });

    private static (Tokenizer, TokenStream) StemmedStream(TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return (tokenizer, stream);
    }

    /// <summary>
    /// How documents are indexed: stems, with each synonym group's token where one of its
    /// phrases occurs in the searchable text fields; whole words for the vocabulary.
    /// </summary>
    public static Analyzer Indexing(SynonymSet synonyms)
    {
        var withSynonyms = Analyzer.NewAnonymous((_, reader) =>
        {
            var (tokenizer, stemmed) = StemmedStream(reader);
            return new TokenStreamComponents(tokenizer, new SynonymTokenFilter(stemmed, synonyms));
        });
        return new PerFieldAnalyzerWrapper(
            PlainWords(),
            new Dictionary<string, Analyzer>
            {
                [SearchFields.Title] = withSynonyms,
                [SearchFields.Summary] = withSynonyms,
                [SearchFields.Body] = withSynonyms,
            });
    }

    /// <summary>Whole words, lowercased and folded, nothing removed: the vocabulary for "Did you mean".</summary>
    public static Analyzer PlainWords() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The tokens of a text with their positions and where they stand in it.</summary>
    public static List<AnalysedToken> Tokens(Analyzer analyzer, string field, string text, int maxChars = 50_000)
    {
        var tokens = new List<AnalysedToken>();
        var input = text.Length <= maxChars ? text : text[..maxChars];
        using var stream = analyzer.GetTokenStream(field, new StringReader(input));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalysedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}

public readonly record struct AnalysedToken(string Term, int Position, int Start, int End);
