using BcpLocalOffer.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Turns what a family typed into a Lucene query built in code (never parsed, so no syntax in the
/// input can break it): stemmed words, synonym phrases, field boosts, typo tolerance when exact
/// matching finds little, facet counts, snippets and a "Did you mean".
/// </summary>
public sealed class LuceneSearchService(
    LuceneSearchIndex index,
    SearchVocabulary vocabulary,
    IEnumerable<ISearchDocumentSource> sources,
    ISearchQueryRecorder recorder) : ISearchService
{
    private const int MaxQueryTerms = 24;
    private const int FewEnoughForTypoTolerance = 3;
    private const int FewEnoughForDidYouMean = 5;

    // How many leading documents the phrase bonus may reorder: far more than anyone pages through.
    private const int RescoredCandidates = 50;
    private const float CommonWordWeight = 0.25f;
    private const float TypedWordsOfAMeaningWeight = 0.5f;
    private const int CommonRatio = 8;

    private readonly Dictionary<string, string> typeLabels = sources
        .SelectMany(s => s.TypeLabels)
        .GroupBy(p => p.Key)
        .ToDictionary(g => g.Key, g => g.First().Value);

    private readonly WordStems wordStems = new(index.Analyzer);

    // As many searches run at once as there are cores; the rest wait their turn in order. Eight
    // searches sharing two cores would each take four times as long, and the longest ones longer still.
    private readonly SemaphoreSlim running = new(Environment.ProcessorCount);

    public bool IsReady => index.IsReady;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var text = SearchQueryText.Normalise(request.Text);
        if (text.Length > SearchRequest.MaxTextLength)
        {
            text = text[..SearchRequest.MaxTextLength];
        }

        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var empty = new SearchResults(request, 0, [], [], [], null, false);
        if (text.Length == 0 || !index.IsReady)
        {
            return empty;
        }

        SearchResults results;
        await running.WaitAsync(cancellationToken);
        try
        {
            var stems = Stems(text);
            results = stems.Count == 0
                ? empty with { DidYouMean = Corrected(text) }
                : index.Read((searcher, synonyms) => Run(searcher, synonyms, request, page, text, stems));
        }
        finally
        {
            running.Release();
        }

        if (page == 1 && request.Type is null && request.Phase is null && results.Total <= SearchQueryLogEntry.FewResults)
        {
            recorder.Record(text, results.Total);
        }

        return results;
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8)
    {
        var text = SearchQueryText.Normalise(prefix);
        return text.Length is 0 or > SearchRequest.MaxTextLength ? [] : vocabulary.Current.Suggest(text, Math.Clamp(max, 1, 20));
    }

    private List<string> Stems(string text) =>
        SearchAnalyzers.Tokens(index.Analyzer, SearchFields.Body, text).Select(t => t.Term).Distinct().Take(MaxQueryTerms).ToList();

    private SearchResults Run(IndexSearcher searcher, SynonymSet synonyms, SearchRequest request, int page, string text, List<string> stems)
    {
        var groups = synonyms.Expand(stems);
        var found = Collect(searcher, groups, request, page);
        // Words that are one of families' phrases are known words, not typing slips ("cant read"),
        // however few pages use them.
        var recognised = groups.Any(g => g.Meaning is not null);
        var corrected = found.Total < FewEnoughForDidYouMean && !recognised ? Corrected(text) : null;

        // Typo tolerance: when the words as typed find little, search again with each word the
        // index does not know replaced by the nearest one it does ("austism" → "autism"). The
        // vocabulary is in memory, so this costs one more exact search, not a fuzzy scan of every field.
        var typoTolerant = false;
        if (found.Total < FewEnoughForTypoTolerance && corrected is not null && Stems(corrected) is { Count: > 0 } correctedStems)
        {
            var correctedGroups = synonyms.Expand(correctedStems);
            var second = Collect(searcher, correctedGroups, request, page);
            if (second.Total > found.Total)
            {
                (found, groups, typoTolerant) = (second, correctedGroups, true);
            }
        }

        var highlight = groups.SelectMany(g => g.Typed.Concat(g.Alternatives.SelectMany(a => a)).Concat(g.Meaning?.Meaning.Phrases.SelectMany(p => p) ?? []))
            .ToHashSet(StringComparer.Ordinal);
        var hits = found.Top
            .Skip((page - 1) * SearchRequest.PageSize)
            .Select(scoreDoc =>
            {
                var shown = ResultTexts.Get(searcher.IndexReader, scoreDoc.Doc);
                return new SearchHit(
                    shown.Title,
                    shown.Url,
                    shown.Type,
                    typeLabels.GetValueOrDefault(shown.Type, shown.Type),
                    SnippetBuilder.Build(wordStems, shown.SnippetSource, highlight, shown.Summary),
                    scoreDoc.Score);
            })
            .ToList();

        // A search that names a part of the site (exactly or nearly) wants that part first.
        if (page == 1 && SiteSections.Named(text) is { } section && hits.FindIndex(h => h.Url == section) is > 0 and var at)
        {
            var named = hits[at];
            hits.RemoveAt(at);
            hits.Insert(0, named);
        }

        return new SearchResults(request with { Page = page }, found.Total, hits, found.Types, found.Phases, corrected, typoTolerant)
        {
            AlsoSearchedFor = [.. groups.Where(g => g.Meaning is not null).Select(g => new AlsoSearchedFor(g.Meaning!.Meaning.Words, g.Meaning.Meaning.Area)).Distinct()],
        };
    }

    private Found Collect(IndexSearcher searcher, IReadOnlyList<QueryGroup> groups, SearchRequest request, int page)
    {
        var wanted = page * SearchRequest.PageSize;

        // Every matching document is seen once, for the total and the facet counts (which
        // describe the whole query, while the hits respect the filters chosen); whether the words
        // typed stand together is then checked for the leading candidates only.
        var facets = new FacetCounter([SearchFields.Type, SearchFields.Phase]);
        // In document order: Lucene's out-of-order scorer allocates a 2,048-slot table per nested
        // query per search, which cost more in garbage collection than it saved in scoring.
        var top = TopScoreDocCollector.Create(wanted + RescoredCandidates, docsScoredInOrder: true);
        var filtered = new FilteringCollector(top, request.Type, request.Phase);
        searcher.Search(BuildQuery(groups, searcher.IndexReader), MultiCollector.Wrap(facets, filtered));

        var candidates = top.GetTopDocs().ScoreDocs;
        ProximityBonus.Apply(searcher.IndexReader, candidates, [.. groups.SelectMany(g => g.Typed)]);
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Doc).Take(wanted).ToArray();

        var typeCounts = facets.Counts(SearchFields.Type)
            .Select(c => new FacetCount(c.Key, typeLabels.GetValueOrDefault(c.Key, c.Key), c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
        var phaseCounts = facets.Counts(SearchFields.Phase)
            .Select(c => new FacetCount(c.Key, PhaseLabels.GetValueOrDefault(c.Key, c.Key), c.Value))
            .OrderBy(c => PhaseOrder(c.Value)).ToList();
        return new Found(filtered.TotalHits, ranked, typeCounts, phaseCounts);
    }

    private static readonly Dictionary<string, string> PhaseLabels = new(Core.Content.DocumentTypes.Phases);

    private static int PhaseOrder(string phase) => Core.Content.DocumentTypes.Phases.Keys.ToList().IndexOf(phase) is var i and >= 0 ? i : int.MaxValue;

    private static Query BuildQuery(IReadOnlyList<QueryGroup> groups, IndexReader reader)
    {
        // Indexing put a synonym group's token wherever any of its phrases occurs: one term stands for them all.
        // A word most pages use ("help", "support") says little about which page is wanted: its
        // title matches must not outweigh the rarer words typed with it ("holiday help").
        // One of families' phrases is never common, and is no measure of how common the other
        // words are either: its own words are rare because pages use other words for it.
        var frequencies = groups.Select(g => g.Meaning is not null ? 0 : KnownTerms.For(reader, new Term(SearchFields.Body, g.Token ?? g.Typed[0])).DocFreq).ToArray();
        var words = groups
            .Select((group, i) => (
                Query: GroupQuery(group, reader),
                Common: groups.Count > 1 && group.Token is null && group.Meaning is null && IsCommon(frequencies[i], frequencies.Where((_, j) => j != i), reader.NumDocs)))
            .ToList();
        foreach (var (query, _) in words.Where(w => w.Common))
        {
            query.Boost = CommonWordWeight;
        }

        // Questions carry words a page need not contain; most of what was typed must still match.
        var required = groups.Count <= 2 ? 1 : (int)Math.Ceiling(groups.Count * 0.5);
        var rare = words.Where(w => !w.Common).Select(w => w.Query).ToList();
        var common = words.Where(w => w.Common).Select(w => w.Query).ToList();
        if (rare.Count == 0 || common.Count == 0)
        {
            return AtLeast(required, [.. words.Select(w => w.Query)]);
        }

        // Common words count towards the words that must match, but do not decide which pages
        // match: the rarer words do, and the common ones only add to the score of what matched.
        // Deciding by them would mean scoring most of the index for every such question.
        var withCommon = new BooleanQuery
        {
            { AtLeast(Math.Clamp(required - common.Count, 1, rare.Count), rare), Occur.MUST },
        };
        foreach (var query in common)
        {
            withCommon.Add(query, Occur.SHOULD);
        }

        return withCommon;
    }

    private static Query AtLeast(int count, IReadOnlyList<Query> queries)
    {
        if (queries.Count == 1)
        {
            // "At least one of" one query is that query, without a level of scoring per document.
            return queries[0];
        }

        var query = new BooleanQuery();
        foreach (var clause in queries)
        {
            query.Add(clause, Occur.SHOULD);
        }

        query.MinimumNumberShouldMatch = count;
        return query;
    }

    /// <summary>
    /// A synonym group matches by its token, which indexing put wherever any of its phrases occurs;
    /// a single word typed also counts as itself, so pages using the family's own word rank higher.
    /// </summary>
    private static Query GroupQuery(QueryGroup group, IndexReader reader)
    {
        if (group.Meaning is { } meaning)
        {
            return MeaningQuery(group.Typed, meaning, reader);
        }

        if (group.Token is null)
        {
            return Words(reader, group.Typed[0]);
        }

        if (group.Typed.Length > 1)
        {
            return Words(reader, group.Token);
        }

        return Words(reader, group.Token, group.Typed[0]);
    }

    /// <summary>
    /// One of families' phrases: a page that uses any of the words the pages use for it matches,
    /// and so does one that uses the family's own words (all of them).
    /// </summary>
    private static BooleanQuery MeaningQuery(string[] typed, MeaningQuery meaning, IndexReader reader)
    {
        // The family's own words count for less: where a page uses them, it is often in another
        // sense ("statemented" is not the short breaks services statement).
        var asTyped = AllOf(typed.Select(word => (Query)Words(reader, word)));
        asTyped.Boost = TypedWordsOfAMeaningWeight;
        var query = new BooleanQuery { { asTyped, Occur.SHOULD } };
        foreach (var phrase in meaning.Phrases)
        {
            query.Add(AllOf(phrase.Select(group => GroupQuery(group, reader))), Occur.SHOULD);
        }

        return query;
    }

    private static Query AllOf(IEnumerable<Query> queries)
    {
        var all = new BooleanQuery();
        foreach (var query in queries)
        {
            all.Add(query, Occur.MUST);
        }

        return all.Clauses.Count == 1 ? all.Clauses[0].Query : all;
    }

    /// <summary>
    /// One indexed term, looked for in every field with the field's weight. The fields' scores
    /// add up (rather than only the best counting) so that Lucene can score a one-word search in
    /// bulk; the weights keep a title match far ahead of matches in the text.
    /// </summary>
    private static Query Words(IndexReader reader, params ReadOnlySpan<string> terms)
    {
        var fields = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var (field, boost) in SearchFields.Weighted)
            {
                fields.Add(KnownTerms.Query(reader, field, term, boost), Occur.SHOULD);
            }
        }

        return fields;
    }

    /// <summary>
    /// A word in most pages, or in many times more pages than another word typed with it ("help"
    /// beside "holiday"): what share of the index counts as most changes as other kinds of
    /// document join it, while the comparison with the other words typed does not.
    /// </summary>
    private static bool IsCommon(int frequency, IEnumerable<int> others, int documents) =>
        frequency * 2 > documents || others.Any(other => other > 0 && frequency >= other * CommonRatio);

    /// <summary>The query with each word the index does not know replaced by the indexed word nearest to it.</summary>
    private string? Corrected(string text)
    {
        // As many words as a search looks for at most: a long string of nonsense costs no more.
        var words = SearchAnalyzers.Tokens(index.Analyzer, SearchFields.Words, text).Take(MaxQueryTerms);
        var corrected = text;
        var changed = false;
        foreach (var word in words.OrderByDescending(w => w.Start))
        {
            if (vocabulary.Current.Correct(word.Term) is { } correction)
            {
                corrected = corrected[..word.Start] + correction + corrected[word.End..];
                changed = true;
            }
        }

        return changed ? corrected : null;
    }

    private sealed record Found(int Total, ScoreDoc[] Top, IReadOnlyList<FacetCount> Types, IReadOnlyList<FacetCount> Phases);

    /// <summary>Passes on only the documents of the chosen type and phase, read from doc values as they are collected.</summary>
    private sealed class FilteringCollector(ICollector inner, string? type, string? phase) : ICollector
    {
        private int[]? types;
        private int[]? phases;
        private int typeOrd = -1;
        private int phaseOrd = -1;

        public int TotalHits { get; private set; }

        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            inner.SetNextReader(context);
            (types, typeOrd) = Lookup(context.AtomicReader, SearchFields.Type, type);
            (phases, phaseOrd) = Lookup(context.AtomicReader, SearchFields.Phase, phase);
        }

        public void Collect(int doc)
        {
            if ((types is null || types[doc] == typeOrd) && (phases is null || phases[doc] == phaseOrd))
            {
                TotalHits++;
                inner.Collect(doc);
            }
        }

        /// <summary>No filter: nothing to check. A value this segment lacks: ordinal -2 matches no document.</summary>
        private static (int[]?, int) Lookup(AtomicReader reader, string field, string? value)
        {
            if (value is null)
            {
                return (null, -1);
            }

            var ordinals = SegmentOrdinals.For(reader, field, out var values) ?? new int[reader.MaxDoc];
            return (ordinals, values.LookupTerm(new BytesRef(value)) is var ord and >= 0 ? ord : -2);
        }
    }

    /// <summary>Counts the values of keyword fields across every matching document, from doc values.</summary>
    private sealed class FacetCounter(string[] fields) : ICollector
    {
        private readonly List<(string Field, SortedDocValues Values, int[] Counts)> all = [];
        private List<(int[] Ordinals, int[] Counts)> segment = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            segment = [];
            foreach (var field in fields)
            {
                if (SegmentOrdinals.For(context.AtomicReader, field, out var values) is { } ordinals)
                {
                    var counts = new int[values.ValueCount];
                    segment.Add((ordinals, counts));
                    all.Add((field, values, counts));
                }
            }
        }

        public void Collect(int doc)
        {
            foreach (var (ordinals, counts) in segment)
            {
                var ord = ordinals[doc];
                if (ord >= 0)
                {
                    counts[ord]++;
                }
            }
        }

        public Dictionary<string, int> Counts(string field)
        {
            var totals = new Dictionary<string, int>(StringComparer.Ordinal);
            var term = new BytesRef();
            foreach (var (_, values, counts) in all.Where(s => s.Field == field))
            {
                for (var ord = 0; ord < counts.Length; ord++)
                {
                    if (counts[ord] > 0)
                    {
                        values.LookupOrd(ord, term);
                        var value = term.Utf8ToString();
                        totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                    }
                }
            }

            return totals;
        }
    }
}
