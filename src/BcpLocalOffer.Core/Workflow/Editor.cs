namespace BcpLocalOffer.Core.Workflow;

/// <summary>
/// Who is acting, as the workflow rules need to know them: an id, what their role lets them do and
/// the partner organisation they work for (which pages and services are theirs to keep).
/// </summary>
public sealed record Editor(string Id, bool CanPublish, bool IsAdministrator = false, string Organisation = "")
{
    /// <summary>
    /// A service provider's account with no other role: it keeps the directory listings of
    /// <see cref="Provides"/> and nothing else on the editorial side.
    /// </summary>
    public bool IsProvider { get; init; }

    /// <summary>The directory organisations (a service's "run by") whose listings this account keeps.</summary>
    public IReadOnlyList<string> Provides { get; init; } = [];

    /// <summary>Whether the organisation named as an item's owner is this editor's own.</summary>
    public bool WorksFor(string ownerOrganisation) =>
        Organisation.Length > 0 && string.Equals(Organisation.Trim(), ownerOrganisation.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this account keeps the listings of the directory organisation <paramref name="organisation"/>.</summary>
    public bool ProvidesFor(string organisation) =>
        Provides.Any(o => string.Equals(o.Trim(), organisation.Trim(), StringComparison.OrdinalIgnoreCase));
}
