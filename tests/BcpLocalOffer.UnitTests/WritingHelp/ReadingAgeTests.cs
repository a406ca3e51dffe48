using BcpLocalOffer.Core.WritingHelp;

namespace BcpLocalOffer.UnitTests.WritingHelp;

public sealed class ReadingAgeTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("make", 1)]
    [InlineData("tree", 1)]
    [InlineData("table", 2)]
    [InlineData("little", 2)]
    [InlineData("helped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("needed", 2)]
    [InlineData("family", 3)]
    [InlineData("education", 4)]
    [InlineData("independent", 4)]
    [InlineData("EHCP", 1)]
    public void Syllables_are_counted_by_vowel_groups_with_a_silent_e_and_ed(string word, int syllables) =>
        Assert.Equal(syllables, ReadingAge.Syllables(word));

    [Fact]
    public void The_grade_is_the_flesch_kincaid_formula()
    {
        // 20 words a sentence and 1.5 syllables a word: 0.39 × 20 + 11.8 × 1.5 − 15.59.
        Assert.Equal(9.91, ReadingAge.Grade(100, 5, 150), precision: 2);
        Assert.Equal(0, ReadingAge.Grade(0, 0, 0));
    }

    [Theory]
    [InlineData(4.0, 9)]
    [InlineData(4.5, 10)]
    [InlineData(11.26, 16)]
    [InlineData(-1.45, 5)]
    public void The_reading_age_is_the_grade_plus_five_and_never_below_five(double grade, int age) =>
        Assert.Equal(age, ReadingAge.FromGrade(grade));

    [Fact]
    public void A_short_plain_sentence_reads_at_the_youngest_age()
    {
        var advice = new WritingAdviser(new WritingHelpOptions()).Advise("The cat sat on the mat.");

        Assert.Equal(6, advice.Words);
        Assert.Equal(1, advice.Sentences);
        Assert.Equal(ReadingAge.Youngest, advice.ReadingAge);
    }

    [Fact]
    public void The_regulations_read_far_older_than_a_plain_english_version_of_the_same_duty()
    {
        var adviser = new WritingAdviser(new WritingHelpOptions());
        var regulation = adviser.Advise(
            "The special educational provision and training provision which the local authority expects to be available " +
            "in its area for children and young people in its area who have special educational needs or a disability.");
        var plain = adviser.Advise(
            "The council must tell you what help there is for your child. It must say what schools and colleges do. " +
            "It must say what help you can get near your home.");

        Assert.True(regulation.ReadingAge >= 20, $"regulation read at {regulation.ReadingAge}");
        Assert.True(plain.ReadingAge <= 9, $"plain English read at {plain.ReadingAge}");
    }
}
