namespace BcpLocalOffer.Core.ServiceDirectory;

/// <summary>The Open Referral statuses of a service.</summary>
public enum ServiceStatus
{
    Active,
    TemporarilyClosed,
    Inactive,
    Defunct,
}

public static class ServiceStatuses
{
    public static IReadOnlyList<ServiceStatus> All { get; } = [ServiceStatus.Active, ServiceStatus.TemporarilyClosed, ServiceStatus.Inactive, ServiceStatus.Defunct];

    public static string Label(this ServiceStatus status) => status switch
    {
        ServiceStatus.TemporarilyClosed => "Temporarily closed",
        ServiceStatus.Inactive => "Not running at the moment",
        ServiceStatus.Defunct => "Closed",
        _ => "Open",
    };

    /// <summary>The value Open Referral uses: "active", "temporarily closed" …</summary>
    public static string OpenReferralValue(this ServiceStatus status) => status switch
    {
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        _ => "active",
    };

    public static string Slug(this ServiceStatus status) => status.OpenReferralValue().Replace(' ', '-');

    /// <summary>
    /// Families see active and temporarily closed services in the directory and search. Inactive
    /// and defunct ones are not listed; their pages stay (inactive) or say they closed (defunct),
    /// so an old link or bookmark explains itself.
    /// </summary>
    public static bool IsListed(this ServiceStatus status) => status is ServiceStatus.Active or ServiceStatus.TemporarilyClosed;

    public static ServiceStatus? Parse(string? text)
    {
        var wanted = text?.Trim();
        return All.Cast<ServiceStatus?>().FirstOrDefault(s =>
            string.Equals(s!.Value.Slug(), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Value.OpenReferralValue(), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Value.ToString(), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
