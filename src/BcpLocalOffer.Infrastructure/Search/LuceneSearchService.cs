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
    private const float CommonWordWeight = 0.25f;

    private readonly Dictionary<string, string> typeLabels = sources
        .SelectMany(s => s.TypeLabels)
        .GroupBy(p => p.Key)
        .ToDictionary(g => g.Key, g => g.First().Value);

    public bool IsReady => index.IsReady;

    public SearchResults Search(SearchRequest request)
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

        var stems = SearchAnalyzers.Tokens(index.Analyzer, SearchFields.Body, text).Select(t => t.Term).Distinct().Take(MaxQueryTerms).ToList();
        var results = stems.Count == 0
            ? empty
            : index.Read(searcher => Run(searcher, request, page, stems));
        results = results with { DidYouMean = DidYouMean(text, results.Total) };

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

    private SearchResults Run(IndexSearcher searcher, SearchRequest request, int page, List<string> stems)
    {
        var groups = vocabulary.Synonyms.Expand(stems);
        var query = BuildQuery(groups, searcher.IndexReader, typoTolerant: false);
        var (total, top, types, phases) = Collect(searcher, query, request, page);
        var typoTolerant = false;
        if (total < FewEnoughForTypoTolerance)
        {
            var fuzzy = Collect(searcher, BuildQuery(groups, searcher.IndexReader, typoTolerant: true), request, page);
            if (fuzzy.Total > total)
            {
                (total, top, types, phases, typoTolerant) = (fuzzy.Total, fuzzy.Top, fuzzy.Types, fuzzy.Phases, true);
            }
        }

        var highlight = groups.SelectMany(g => g.Typed.Concat(g.Alternatives.SelectMany(a => a))).ToHashSet(StringComparer.Ordinal);
        var fields = new HashSet<string> { SearchFields.Title, SearchFields.Url, SearchFields.Type, SearchFields.Summary, SearchFields.Body };
        var hits = top
            .Skip((page - 1) * SearchRequest.PageSize)
            .Select(scoreDoc =>
            {
                var stored = searcher.Doc(scoreDoc.Doc, fields);
                var type = stored.Get(SearchFields.Type);
                var summary = stored.Get(SearchFields.Summary) ?? "";
                var snippetSource = string.Join(' ', summary, stored.Get(SearchFields.Body));
                return new SearchHit(
                    stored.Get(SearchFields.Title),
                    stored.Get(SearchFields.Url),
                    type,
                    typeLabels.GetValueOrDefault(type, type),
                    SnippetBuilder.Build(index.Analyzer, snippetSource, highlight, summary),
                    scoreDoc.Score);
            })
            .ToList();

        return new SearchResults(request with { Page = page }, total, hits, types, phases, null, typoTolerant);
    }

    private (int Total, ScoreDoc[] Top, IReadOnlyList<FacetCount> Types, IReadOnlyList<FacetCount> Phases) Collect(
        IndexSearcher searcher, Query query, SearchRequest request, int page)
    {
        // Facet counts describe the whole query; the hits respect the filters chosen.
        var facets = new FacetCounter([SearchFields.Type, SearchFields.Phase]);
        var filtered = Filtered(query, request);
        var top = TopScoreDocCollector.Create(page * SearchRequest.PageSize, true);
        if (ReferenceEquals(filtered, query))
        {
            searcher.Search(query, MultiCollector.Wrap(top, facets));
        }
        else
        {
            searcher.Search(query, facets);
            searcher.Search(filtered, top);
        }

        var typeCounts = facets.Counts(SearchFields.Type)
            .Select(c => new FacetCount(c.Key, typeLabels.GetValueOrDefault(c.Key, c.Key), c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
        var phaseCounts = facets.Counts(SearchFields.Phase)
            .Select(c => new FacetCount(c.Key, PhaseLabels.GetValueOrDefault(c.Key, c.Key), c.Value))
            .OrderBy(c => PhaseOrder(c.Value)).ToList();
        return (top.TotalHits, top.GetTopDocs().ScoreDocs, typeCounts, phaseCounts);
    }

    private static readonly Dictionary<string, string> PhaseLabels = new(Core.Content.DocumentTypes.Phases);

    private static int PhaseOrder(string phase) => Core.Content.DocumentTypes.Phases.Keys.ToList().IndexOf(phase) is var i and >= 0 ? i : int.MaxValue;

    private static Query Filtered(Query query, SearchRequest request)
    {
        if (request.Type is null && request.Phase is null)
        {
            return query;
        }

        var filter = new BooleanQuery();
        if (request.Type is { } type)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Type, type)), Occur.MUST);
        }

        if (request.Phase is { } phase)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Phase, phase)), Occur.MUST);
        }

        return new FilteredQuery(query, new QueryWrapperFilter(filter));
    }

    private static Query BuildQuery(IReadOnlyList<QueryGroup> groups, IndexReader reader, bool typoTolerant)
    {
        var query = new BooleanQuery();
        foreach (var group in groups)
        {
            var either = new BooleanQuery();
            either.Add(Words(group.Typed, reader, typoTolerant), Occur.SHOULD);
            foreach (var alternative in group.Alternatives)
            {
                var phrase = Words(alternative, reader, typoTolerant: false);
                phrase.Boost = 0.9f;
                either.Add(phrase, Occur.SHOULD);
            }

            // A word most pages use ("help", "support") says little about which page is wanted: its
            // title matches must not outweigh the rarer words typed with it ("holiday help").
            if (groups.Count > 1 && group.Alternatives.Length == 0 && group.Typed.All(stem => IsCommon(stem, reader)))
            {
                either.Boost = CommonWordWeight;
            }

            query.Add(either, Occur.SHOULD);
        }

        // Questions carry words a page need not contain; most of what was typed must still match.
        query.MinimumNumberShouldMatch = groups.Count <= 2 ? 1 : (int)Math.Ceiling(groups.Count * 0.5);

        var typed = groups.SelectMany(g => g.Typed).ToArray();
        if (typed.Length > 1)
        {
            var exactTitle = Phrase(SearchFields.Title, typed);
            exactTitle.Boost = 4f;
            query.Add(exactTitle, Occur.SHOULD);

            // The words standing together in the summary or text ("carer's assessment") beat the same words scattered.
            var together = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, boost) in SearchFields.Weighted.Where(w => w.Field is SearchFields.Summary or SearchFields.Body))
            {
                var phrase = Phrase(field, typed);
                phrase.Boost = boost;
                together.Add(phrase);
            }

            query.Add(together, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>One word or phrase, looked for in every field with the field's weight; the best field counts.</summary>
    private static Query Words(string[] stems, IndexReader reader, bool typoTolerant)
    {
        var best = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            Query query;
            if (stems.Length > 1)
            {
                query = Phrase(field, stems);
            }
            else if (typoTolerant && AllowedEdits(stems[0]) is > 0 and var edits && reader.DocFreq(new Term(field, stems[0])) == 0)
            {
                query = new FuzzyQuery(new Term(field, stems[0]), edits, prefixLength: 1);
            }
            else
            {
                query = new TermQuery(new Term(field, stems[0]));
            }

            query.Boost = boost;
            best.Add(query);
        }

        return best;
    }

    private static PhraseQuery Phrase(string field, string[] stems)
    {
        // A little slop: stop words dropped from the text leave gaps the query does not have.
        var phrase = new PhraseQuery { Slop = 2 };
        foreach (var stem in stems)
        {
            phrase.Add(new Term(field, stem));
        }

        return phrase;
    }

    private static bool IsCommon(string stem, IndexReader reader) => reader.DocFreq(new Term(SearchFields.Body, stem)) * 2 > reader.NumDocs;

    // Past 20 letters it is not a misspelled word (a pasted address, a run of accents) and a fuzzy
    // match on it costs a lot of CPU for nothing.
    private static int AllowedEdits(string word) => word.Length switch
    {
        < 4 => 0,
        < 7 => 1,
        <= 20 => 2,
        _ => 0,
    };

    /// <summary>The query with each unknown word replaced by the indexed word nearest to it, if that finds more.</summary>
    private string? DidYouMean(string text, int total)
    {
        if (total >= 5)
        {
            return null;
        }

        var words = SearchAnalyzers.Tokens(index.Analyzer, SearchFields.Words, text);
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

    /// <summary>Counts the values of keyword fields across every matching document, from doc values.</summary>
    private sealed class FacetCounter(string[] fields) : ICollector
    {
        private readonly List<(string Field, SortedDocValues Values, int[] Counts)> all = [];
        private List<(SortedDocValues Values, int[] Counts)> segment = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            segment = [];
            foreach (var field in fields)
            {
                if (context.AtomicReader.GetSortedDocValues(field) is { } values)
                {
                    var counts = new int[values.ValueCount];
                    segment.Add((values, counts));
                    all.Add((field, values, counts));
                }
            }
        }

        public void Collect(int doc)
        {
            foreach (var (values, counts) in segment)
            {
                var ord = values.GetOrd(doc);
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
