namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>The WSoA's BRAG statuses (Blue = Complete, Green = On track, Amber = Significant risk, Red = High risk), plus Not started.</summary>
public enum ActionStatus
{
    NotStarted,
    OnTrack,
    SignificantRisk,
    HighRisk,
    Complete,
}

/// <summary>How a status is written in the WSoA, in the downloads and in addresses.</summary>
public static class ActionStatuses
{
    /// <summary>In the order the overview and the filters list them.</summary>
    public static IReadOnlyList<ActionStatus> All { get; } =
        [ActionStatus.Complete, ActionStatus.OnTrack, ActionStatus.SignificantRisk, ActionStatus.HighRisk, ActionStatus.NotStarted];

    public static string Label(this ActionStatus status) => status switch
    {
        ActionStatus.Complete => "Complete",
        ActionStatus.OnTrack => "On track",
        ActionStatus.SignificantRisk => "Significant risk",
        ActionStatus.HighRisk => "High risk",
        _ => "Not started",
    };

    /// <summary>The value in a filter's query string: "on-track".</summary>
    public static string Slug(this ActionStatus status) => status.Label().ToLowerInvariant().Replace(' ', '-');

    /// <summary>Reads a label as the seed file writes it ("On track") or a slug ("on-track").</summary>
    public static ActionStatus? Parse(string? text)
    {
        var wanted = text?.Trim();
        return All.Cast<ActionStatus?>().FirstOrDefault(s =>
            string.Equals(s!.Value.Label(), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Value.Slug(), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
