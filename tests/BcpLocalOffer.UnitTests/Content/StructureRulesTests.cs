using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.UnitTests.Content;

public class StructureRulesTests
{
    private static readonly ContentNode Home = Node(null, DocumentTypes.Home, "");
    private static readonly ContentNode Section = Node(Home.Key, DocumentTypes.SectionPage, "short-breaks");
    private static readonly ContentNode Page = Node(Section.Key, DocumentTypes.ContentPage, "clubs");
    private static readonly ContentNode Child = Node(Page.Key, DocumentTypes.ContentPage, "saturday");
    private static readonly ContentNode Guide = Node(Home.Key, DocumentTypes.Guide, "ehc-plans");
    private static readonly ContentNode OtherSection = Node(Home.Key, DocumentTypes.SectionPage, "education");
    private static readonly ContentNode SameName = Node(OtherSection.Key, DocumentTypes.ContentPage, "clubs");

    private static ContentTree Tree(params ContentNode[] extra) => new([Home, Section, Page, Child, Guide, OtherSection, .. extra]);

    [Fact]
    public void A_page_moves_beneath_a_page_whose_type_allows_it() =>
        Assert.True(StructureRules.Move(Page, Home, Tree()).IsAllowed);

    [Fact]
    public void A_page_cannot_move_beneath_a_type_that_does_not_allow_it()
    {
        var decision = StructureRules.Move(Page, Guide, Tree());

        Assert.False(decision.IsAllowed);
        Assert.Equal("A content page cannot go beneath a guide.", decision.Reason);
    }

    [Fact]
    public void A_page_cannot_move_beneath_itself_or_its_own_descendants()
    {
        Assert.False(StructureRules.Move(Page, Page, Tree()).IsAllowed);
        Assert.Contains("beneath itself", StructureRules.Move(Page, Child, Tree()).Reason);
    }

    [Fact]
    public void The_home_page_never_moves() =>
        Assert.Equal("The home page cannot be moved.", StructureRules.Move(Home, Section, Tree()).Reason);

    [Fact]
    public void A_taken_address_under_the_new_parent_is_refused_with_what_to_do()
    {
        var decision = StructureRules.Move(Page, OtherSection, Tree(SameName));

        Assert.False(decision.IsAllowed);
        Assert.Contains("/education/clubs", decision.Reason);
        Assert.Contains("Change this page's URL first", decision.Reason);
    }

    [Fact]
    public void Possible_parents_leave_out_the_page_its_descendants_its_parent_and_wrong_types()
    {
        var parents = StructureRules.PossibleParents(Page, Tree()).Select(p => p.Key).ToHashSet();

        Assert.Equal(new HashSet<Guid> { Home.Key, OtherSection.Key }, parents);
    }

    [Fact]
    public void Nothing_moves_beneath_an_archived_page()
    {
        var archived = Node(Home.Key, DocumentTypes.SectionPage, "old-section");
        archived.ArchivedAt = DateTimeOffset.UnixEpoch;
        var tree = Tree(archived);

        Assert.False(StructureRules.Move(Page, archived, tree).IsAllowed);
        Assert.DoesNotContain(StructureRules.PossibleParents(Page, tree), p => p.Key == archived.Key);
    }

    [Fact]
    public void Only_the_board_restructures_and_marks_pages_as_reviewed()
    {
        var author = new Editor("author", CanPublish: false);
        var board = new Editor("board", CanPublish: true);

        Assert.False(StructureRules.Restructure(author).IsAllowed);
        Assert.False(StructureRules.MarkReviewed(author).IsAllowed);
        Assert.True(StructureRules.Restructure(board).IsAllowed);
        Assert.True(StructureRules.MarkReviewed(board).IsAllowed);
    }

    [Fact]
    public void The_tree_knows_paths_subtrees_and_what_is_archived_with_an_ancestor()
    {
        var archivedAlone = Node(Page.Key, DocumentTypes.ContentPage, "archived-alone");
        archivedAlone.ArchivedAt = DateTimeOffset.UnixEpoch;
        var tree = Tree(archivedAlone);

        Assert.Equal("/short-breaks/clubs/saturday", tree.PathOf(Child.Key));
        Assert.Equal("/", tree.PathOf(Home.Key));
        Assert.Equal(new HashSet<Guid> { Section.Key, Page.Key, Child.Key, archivedAlone.Key }, tree.SubtreeOf(Section.Key).Select(n => n.Key).ToHashSet());
        Assert.Equal(Section.Key, tree.SubtreeOf(Section.Key)[0].Key);
        Assert.DoesNotContain(tree.SubtreeOf(Section.Key, skipArchived: true), n => n.Key == archivedAlone.Key);
        Assert.True(tree.IsArchived(archivedAlone.Key));
        Assert.False(tree.IsArchived(Child.Key));
    }

    private static ContentNode Node(Guid? parent, string type, string segment) =>
        new() { Key = Guid.NewGuid(), ParentKey = parent, DocumentTypeAlias = type, UrlSegment = segment };
}
