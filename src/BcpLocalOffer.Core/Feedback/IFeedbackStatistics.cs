namespace BcpLocalOffer.Core.Feedback;

/// <summary>
/// Feedback counts for the analytics dashboard. Date ranges are UK calendar days, both ends
/// included. Nothing returned identifies anyone.
/// </summary>
public interface IFeedbackStatistics
{
    /// <summary>"Have your say" comments received per topic, most first.</summary>
    Task<IReadOnlyList<TopicVolume>> VolumeByTopicAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>"Is this page useful?" answers per page, most answers first.</summary>
    Task<IReadOnlyList<PageUsefulness>> UsefulnessByPageAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Reports of something wrong on a page or service, received in the range, and how many of them were closed as fixed.</summary>
    Task<ReportsFixed> ReportsFixedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

public sealed record ReportsFixed(int Received, int Fixed);

public sealed record TopicVolume(string Topic, int Count);

public sealed record PageUsefulness(string PagePath, int Yes, int No)
{
    /// <summary>Whole percent of answers that said yes; 0 when there were none.</summary>
    public int PercentYes => Yes + No == 0 ? 0 : (int)Math.Round(100.0 * Yes / (Yes + No), MidpointRounding.AwayFromZero);
}
