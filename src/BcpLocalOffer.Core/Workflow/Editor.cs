namespace BcpLocalOffer.Core.Workflow;

/// <summary>
/// Who is acting, as the workflow rules need to know them: an id, what their role lets them do and
/// the partner organisation they work for (which pages and services are theirs to keep).
/// </summary>
public sealed record Editor(string Id, bool CanPublish, bool IsAdministrator = false, string Organisation = "")
{
    /// <summary>Whether the organisation named as an item's owner is this editor's own.</summary>
    public bool WorksFor(string ownerOrganisation) =>
        Organisation.Length > 0 && string.Equals(Organisation.Trim(), ownerOrganisation.Trim(), StringComparison.OrdinalIgnoreCase);
}
