using BcpLocalOffer.Infrastructure.Search;
using Lucene.Net.Analysis;

namespace BcpLocalOffer.UnitTests.Search;

public sealed class SynonymSetTests : IDisposable
{
    private readonly Analyzer analyzer = SearchAnalyzers.Stemming();

    public void Dispose() => analyzer.Dispose();

    private string[] Stems(string text) => SearchAnalyzers.Tokens(analyzer, "body", text).Select(t => t.Term).ToArray();

    private static string Joined(IEnumerable<string[]> phrases) => string.Join(" | ", phrases.Select(p => string.Join(' ', p)));

    [Fact]
    public void Comments_blank_lines_and_lines_with_one_entry_are_not_groups()
    {
        var synonyms = SynonymSet.Parse("# SALT, speech therapy\n\n   \nrespite\nSALT, speech therapy\r\n  # indented comment, too\n", analyzer);

        Assert.Equal(1, synonyms.GroupCount);
        Assert.Equal(["SALT", "speech therapy"], synonyms.Terms);
    }

    [Fact]
    public void Terms_for_suggestions_are_kept_as_written_once_each()
    {
        var synonyms = SynonymSet.Parse("SENCo, SENCO, special educational needs coordinator\nSENCO, co-ordinator", analyzer);

        Assert.Equal(["SENCo", "special educational needs coordinator", "co-ordinator"], synonyms.Terms);
    }

    [Fact]
    public void A_word_in_a_group_brings_every_other_phrase_of_the_group_as_an_alternative()
    {
        var synonyms = SynonymSet.Parse("SALT, speech and language therapy, speech therapist", analyzer);

        var group = Assert.Single(synonyms.Expand(Stems("SALT")));

        Assert.Equal(["salt"], group.Typed);
        Assert.Equal("speech languag therapi | speech therapist", Joined(group.Alternatives));
    }

    [Fact]
    public void A_phrase_is_matched_only_when_its_words_are_typed_together_in_order()
    {
        var synonyms = SynonymSet.Parse("SALT, speech and language therapy", analyzer);

        var together = Assert.Single(synonyms.Expand(Stems("Speech and Language Therapy")));
        var scrambled = synonyms.Expand(Stems("therapy for speech and language"));

        Assert.Equal("salt", Joined(together.Alternatives));
        Assert.All(scrambled, group => Assert.Empty(group.Alternatives));
        Assert.Equal(3, scrambled.Count); // "for" and "and" are stop words
    }

    [Fact]
    public void The_longest_phrase_that_matches_wins()
    {
        var synonyms = SynonymSet.Parse("school transport, travel assistance\nhome to school transport, school taxi", analyzer);

        var groups = synonyms.Expand(Stems("home to school transport please"));

        Assert.Equal(2, groups.Count);
        Assert.Equal(["home", "school", "transport"], groups[0].Typed);
        Assert.Equal("school taxi", Joined(groups[0].Alternatives));
        Assert.Equal(["pleas"], groups[1].Typed);
        Assert.Empty(groups[1].Alternatives);
    }

    [Fact]
    public void Plurals_and_capitals_in_the_file_or_the_search_do_not_matter()
    {
        var synonyms = SynonymSet.Parse("Respite, Short Breaks", analyzer);

        var group = Assert.Single(synonyms.Expand(Stems("short break")));

        Assert.Equal("respit", Joined(group.Alternatives));
    }

    [Fact]
    public void Words_outside_every_group_are_searched_as_typed()
    {
        var synonyms = SynonymSet.Parse("SALT, speech therapy", analyzer);

        var groups = synonyms.Expand(Stems("swimming lessons"));

        Assert.Equal(["swim", "lesson"], groups.SelectMany(g => g.Typed));
        Assert.All(groups, g => Assert.Empty(g.Alternatives));
    }

    [Fact]
    public void The_shipped_synonyms_file_parses_into_groups_that_include_the_families_words()
    {
        var path = Path.Combine(FindRepositoryRoot(), "content-seed", "search", "synonyms.txt");

        var synonyms = SynonymSet.Load(path, analyzer);

        Assert.True(synonyms.GroupCount >= 20, $"only {synonyms.GroupCount} groups");
        Assert.Contains("respite", synonyms.Terms);
        Assert.Contains("EHCP", synonyms.Terms);
        Assert.Equal(0, SynonymSet.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), analyzer).GroupCount);
    }

    [Fact]
    public void Families_words_bring_what_the_pages_call_them_one_way_with_their_area_of_need()
    {
        var set = SynonymSet.Parse("SALT, speech and language therapy\n[Communication and interaction]\nstammers, gets stuck on words => stammering, speech and language therapy\nmeltdowns => behaviour", analyzer);

        var group = Assert.Single(set.Expand(Stems("gets stuck on words")));
        Assert.Equal("stammering, speech and language therapy", group.Meaning!.Meaning.Words);
        Assert.Equal("Communication and interaction", group.Meaning.Meaning.Area);
        // The second phrase is a synonym, so it is looked up by its group's one token.
        Assert.NotNull(Assert.Single(group.Meaning.Phrases[1]).Token);

        // One way: the pages' own words do not bring the families' words.
        Assert.NotNull(Assert.Single(set.Expand(Stems("meltdowns"))).Meaning);
        Assert.Null(Assert.Single(set.Expand(Stems("behaviour"))).Meaning);
        Assert.Equal(1, set.GroupCount);
    }

    [Fact]
    public void A_synonym_as_long_as_a_families_phrase_wins_and_a_phrase_of_ignored_words_is_dropped()
    {
        var set = SynonymSet.Parse("respite, short breaks\nrespite => holiday club\nnot, can => anything", analyzer);

        Assert.Null(Assert.Single(set.Expand(Stems("respite"))).Meaning);
        Assert.Equal(1, set.MeaningCount);
    }

    [Fact]
    public void The_shipped_families_words_cover_the_four_areas_of_need_of_the_code_of_practice()
    {
        var text = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "content-seed", "search", "families-words.txt"));
        var set = SynonymSet.Parse(text, analyzer);

        Assert.True(set.MeaningCount >= 300, $"only {set.MeaningCount} everyday phrases");
        foreach (var area in new[] { "Communication and interaction", "Cognition and learning", "Social, emotional and mental health", "Sensory and/or physical" })
        {
            Assert.Contains($"[{area}]", text);
        }
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BcpLocalOffer.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
