using BcpLocalOffer.Core.WritingHelp;

namespace BcpLocalOffer.UnitTests.WritingHelp;

public sealed class WritingAdviserTests
{
    private readonly WritingAdviser adviser = new(new WritingHelpOptions());

    [Fact]
    public void A_sentence_over_25_words_is_pointed_out_by_how_it_starts_and_one_of_25_is_not()
    {
        var twentyFive = string.Join(' ', Enumerable.Repeat("word", 25)) + ".";
        var twentySix = "Families " + twentyFive;

        var advice = adviser.Advise(twentyFive + "\n\n" + twentySix);

        var sentence = Assert.Single(advice.LongSentences);
        Assert.Equal(26, sentence.Words);
        Assert.StartsWith("Families word word", sentence.Start);
    }

    [Fact]
    public void The_limit_for_a_long_sentence_is_a_setting()
    {
        var strict = new WritingAdviser(new WritingHelpOptions { LongSentenceWords = 10 });

        Assert.Single(strict.Advise("We will send you a letter when the panel has made its decision.").LongSentences);
    }

    [Fact]
    public void Passive_voice_is_found_but_adjectives_that_look_like_it_are_not()
    {
        var advice = adviser.Advise("Your request is checked by the team. Plans were carefully written. Your child is disabled. We are interested.");

        Assert.Equal(["is checked", "were carefully written"], advice.PassivePhrases);
    }

    [Fact]
    public void Words_with_a_plainer_alternative_are_found_in_any_form_with_the_alternative()
    {
        var advice = adviser.Advise("We utilise funding. The money is utilised in order to facilitate short breaks. We are utilising it now.");

        var utilise = Assert.Single(advice.PlainWordSwaps, s => s.Word == "utilise");
        Assert.Equal(3, utilise.Times);
        Assert.Equal("use", utilise.Instead);
        Assert.Contains(advice.PlainWordSwaps, s => s.Word == "in order to" && s.Instead == "to");
        Assert.Contains(advice.PlainWordSwaps, s => s.Word == "facilitate");
        Assert.DoesNotContain(advice.PlainWordSwaps, s => s.Word == "use");
    }

    [Fact]
    public void An_image_with_no_alt_text_is_pointed_out_and_one_with_alt_text_is_not()
    {
        var advice = adviser.Advise("![](/media/map.png)\n\n![A map of the hubs](/media/hubs.png)\n\n![ ](/media/logo.png \"Logo\")");

        Assert.Equal(["/media/map.png", "/media/logo.png"], advice.ImagesWithoutAltText);
    }

    [Fact]
    public void A_heading_that_skips_a_level_or_a_second_main_heading_is_pointed_out()
    {
        var advice = adviser.Advise("## Who can get it\n\nText.\n\n#### How to ask\n\nText.\n\n# Contact us\n\n## Fine\n\n### Also fine");

        Assert.Equal(2, advice.HeadingProblems.Count);
        Assert.Contains("‘How to ask’ skips from heading level 2 to level 4", advice.HeadingProblems[0]);
        Assert.Contains("‘Contact us’ is a main heading", advice.HeadingProblems[1]);
    }

    [Fact]
    public void Headings_tables_and_code_are_not_prose_and_each_list_item_is_a_sentence()
    {
        var advice = adviser.Advise(
            "## A heading with several words\n\nFirst sentence here. Second one [with a link](/short-breaks).\n\n" +
            "| Column | Column |\n| --- | --- |\n| a | b |\n\n```\ncode words here\n```\n\n- one item\n- another item without a full stop");

        Assert.Equal(4, advice.Sentences);
        Assert.Equal(16, advice.Words);
    }

    [Fact]
    public void An_empty_text_has_no_reading_age_and_nothing_to_say()
    {
        var advice = adviser.Advise("");

        Assert.Null(advice.ReadingAge);
        Assert.Equal(0, advice.PointCount);
        Assert.False(advice.AboveTarget);
    }

    [Fact]
    public void The_target_reading_age_is_a_setting_and_a_text_above_it_says_so()
    {
        var text = "Applications for assistance are considered individually by the multidisciplinary panel.";

        var advice = new WritingAdviser(new WritingHelpOptions()).Advise(text);

        Assert.True(advice.AboveTarget);
        Assert.False(new WritingAdviser(new WritingHelpOptions { TargetReadingAge = advice.ReadingAge!.Value }).Advise(text).AboveTarget);
    }
}
