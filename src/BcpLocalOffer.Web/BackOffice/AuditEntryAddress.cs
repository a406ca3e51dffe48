using BcpLocalOffer.Core.Publishing;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>Where in the back office the item an audit entry is about can be seen, when it has a page of its own.</summary>
public static class AuditEntryAddress
{
    public static string? Of(AuditEntry entry) => entry.ItemKey is not { } key ? null : entry.Capability switch
    {
        AuditCapability.Page => $"/editorial/content/{key}",
        AuditCapability.Service => $"/editorial/directory/{key}",
        AuditCapability.PlanStatusChange => $"/editorial/improvement-plan/changes/{key}",
        AuditCapability.QuarterlyReport => $"/editorial/improvement-plan/reports/{key}",
        AuditCapability.YouSaidWeDid => $"/editorial/you-said-we-did/{key}",
        AuditCapability.Media => $"/editorial/media/{key}",
        AuditCapability.Account => $"/editorial/users/{key}",
        _ => null,
    };
}
