using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Core.Content;

/// <summary>
/// Moving, reordering, renaming the URL of and archiving pages change the public site at once,
/// with no approval step, so only the editorial board (and administrators) may do them.
/// </summary>
public static class StructureRules
{
    public static WorkflowDecision Restructure(Editor editor) =>
        editor.CanPublish ? WorkflowDecision.Allowed : WorkflowDecision.Refused("Only the editorial board can move, rename, archive or restore pages.");

    public static WorkflowDecision MarkReviewed(Editor editor) =>
        editor.CanPublish ? WorkflowDecision.Allowed : WorkflowDecision.Refused("Only the editorial board can mark a page as reviewed.");

    /// <summary>Whether <paramref name="page"/> may be moved beneath <paramref name="parent"/>.</summary>
    public static WorkflowDecision Move(ContentNode page, ContentNode parent, ContentTree tree)
    {
        if (page.ParentKey is null)
        {
            return WorkflowDecision.Refused("The home page cannot be moved.");
        }

        if (tree.SubtreeOf(page.Key).Any(n => n.Key == parent.Key))
        {
            return WorkflowDecision.Refused("A page cannot be moved beneath itself or a page beneath it.");
        }

        if (page.ParentKey == parent.Key)
        {
            return WorkflowDecision.Refused("The page is already there. Choose a different place.");
        }

        if (tree.IsArchived(page.Key) || tree.IsArchived(parent.Key))
        {
            return WorkflowDecision.Refused("Archived pages cannot be moved, and nothing can be moved beneath one.");
        }

        var pageType = DocumentTypes.Get(page.DocumentTypeAlias);
        var parentType = DocumentTypes.Get(parent.DocumentTypeAlias);
        if (!parentType.AllowsChild(pageType.Alias))
        {
            return WorkflowDecision.Refused($"A {pageType.Name.ToLowerInvariant()} cannot go beneath a {parentType.Name.ToLowerInvariant()}.");
        }

        return tree.ChildrenOf(parent.Key).FirstOrDefault(c => c.UrlSegment == page.UrlSegment) is { } taken
            ? WorkflowDecision.Refused($"There is already {(taken.ArchivedAt is null ? "a page" : "an archived page")} at {tree.PathOf(parent.Key).TrimEnd('/')}/{page.UrlSegment}. Change this page's URL first.")
            : WorkflowDecision.Allowed;
    }

    /// <summary>
    /// The pages <paramref name="page"/> could be moved beneath: allowed by type, not itself or beneath
    /// itself, not archived. A place where its URL is already taken is still offered: the refusal then
    /// says what to do.
    /// </summary>
    public static IReadOnlyList<ContentNode> PossibleParents(ContentNode page, ContentTree tree)
    {
        if (page.ParentKey is null || tree.IsArchived(page.Key))
        {
            return [];
        }

        var own = tree.SubtreeOf(page.Key).Select(n => n.Key).ToHashSet();
        return [.. tree.All.Where(candidate =>
            candidate.Key != page.ParentKey
            && !own.Contains(candidate.Key)
            && DocumentTypes.Get(candidate.DocumentTypeAlias).AllowsChild(page.DocumentTypeAlias)
            && !tree.IsArchived(candidate.Key))];
    }
}
