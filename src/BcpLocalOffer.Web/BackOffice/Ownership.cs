using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Web.Shared;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>
/// Who keeps a page or a service up to date, as its edit form shows it: the board chooses the
/// owner; anyone else sees it, and, when it is not their organisation, that their change goes to
/// the board as a proposal from another organisation (<see cref="WorkflowRules.IsProposal"/>).
/// </summary>
/// <param name="CurrentOwner">The owner saved now; null for an item not yet created, whose owner its author names.</param>
/// <param name="Field">The owner field as the board (or the author of a new item) fills it in.</param>
/// <param name="What">"page" or "listing", as the sentences call it.</param>
public sealed record Ownership(Editor Editor, string? CurrentOwner, FieldModel Field, string What)
{
    /// <summary>The board always; the author of a new item too, unless a provider, whose new listing they keep themselves.</summary>
    public bool MayChooseOwner => Editor.CanPublish || (CurrentOwner is null && !Editor.IsProvider);

    public bool IsProposal => CurrentOwner is not null && WorkflowRules.IsProposal(Editor, CurrentOwner);

    /// <summary>
    /// An author's form has no owner field, so a missing owner means "as it is"; a different one is
    /// refused by <see cref="WorkflowRules.ChangeOwner"/>.
    /// </summary>
    public static string? AsPosted(string? posted, string currentOwner) => posted ?? currentOwner;
}
