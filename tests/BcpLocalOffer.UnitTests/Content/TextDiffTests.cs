using BcpLocalOffer.Core.Comparison;

namespace BcpLocalOffer.UnitTests.Content;

public class TextDiffTests
{
    private static string Old(IReadOnlyList<DiffPiece> pieces) => string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text));

    private static string New(IReadOnlyList<DiffPiece> pieces) => string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text));

    [Fact]
    public void The_same_text_has_no_changes()
    {
        var pieces = TextDiff.Compare("Short breaks\nfor families", "Short breaks\r\nfor families");

        Assert.False(TextDiff.HasChanges(pieces));
        Assert.Equal([new DiffPiece(DiffKind.Unchanged, "Short breaks\nfor families")], pieces);
    }

    [Fact]
    public void A_changed_word_is_marked_alone_and_the_rest_of_the_line_is_unchanged()
    {
        var pieces = TextDiff.Compare("Clubs run on Saturday mornings.\nBook online.", "Clubs run on Sunday mornings.\nBook online.");

        Assert.Contains(new DiffPiece(DiffKind.Deleted, "Saturday"), pieces);
        Assert.Contains(new DiffPiece(DiffKind.Inserted, "Sunday"), pieces);
        Assert.Equal(new DiffPiece(DiffKind.Unchanged, "Clubs run on "), pieces[0]);
        Assert.Equal(new DiffPiece(DiffKind.Unchanged, " mornings.\nBook online."), pieces[^1]);
    }

    [Fact]
    public void Each_side_can_be_rebuilt_exactly_from_the_pieces()
    {
        const string before = "## Who can go\n\nChildren aged 5 to 18.\n\n- Poole\n- Bournemouth\n";
        const string after = "## Who can go\n\nChildren and young people aged 5 to 25.\n\n- Poole\n- Christchurch\n- Bournemouth\n\nAsk us.";

        var pieces = TextDiff.Compare(before, after);

        Assert.Equal(before, Old(pieces));
        Assert.Equal(after, New(pieces));
    }

    [Fact]
    public void An_added_line_is_an_insertion_and_nothing_is_deleted()
    {
        var pieces = TextDiff.Compare("one\ntwo\n", "one\nnew line\ntwo\n");

        Assert.Equal(
            [new DiffPiece(DiffKind.Unchanged, "one\n"), new DiffPiece(DiffKind.Inserted, "new line\n"), new DiffPiece(DiffKind.Unchanged, "two\n")],
            pieces);
    }

    [Fact]
    public void A_removed_line_is_a_deletion()
    {
        var pieces = TextDiff.Compare("keep\nremove me\nkeep too", "keep\nkeep too");

        Assert.Equal(new DiffPiece(DiffKind.Deleted, "remove me\n"), Assert.Single(pieces, p => p.Kind != DiffKind.Unchanged));
    }

    [Fact]
    public void Empty_to_text_is_all_inserted_and_text_to_empty_all_deleted()
    {
        Assert.Equal([new DiffPiece(DiffKind.Inserted, "New page")], TextDiff.Compare(null, "New page"));
        Assert.Equal([new DiffPiece(DiffKind.Deleted, "Old page")], TextDiff.Compare("Old page", ""));
        Assert.Empty(TextDiff.Compare("", null));
    }

    [Fact]
    public void Very_long_texts_that_differ_completely_are_compared_without_running_out_of_memory()
    {
        var before = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"old line {i}"));
        var after = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"new line {i}"));

        var pieces = TextDiff.Compare(before, after);

        Assert.Equal(before, Old(pieces));
        Assert.Equal(after, New(pieces));
    }

    [Fact]
    public void Words_keep_apostrophes_and_split_spaces_and_punctuation_apart() =>
        Assert.Equal(["Children’s", " ", "care", ",", " ", "aged", " ", "0", "-", "25"], TextDiff.Words("Children’s care, aged 0-25"));
}
