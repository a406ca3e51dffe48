using System.ComponentModel.DataAnnotations;

namespace BcpLocalOffer.Infrastructure.Notifications;

public sealed class NotificationOptions
{
    public const string SectionName = "LocalOffer:Notifications";

    /// <summary>How often the outbox is sent and the reminders are checked.</summary>
    [Range(1, 86_400)]
    public int SendIntervalSeconds { get; set; } = 60;

    /// <summary>How often pages and services are checked for reviews coming due.</summary>
    [Range(1, 10_080)]
    public int ReminderIntervalMinutes { get; set; } = 60;

    /// <summary>How long a "still correct" link in a reminder works.</summary>
    [Range(1, 365)]
    public int StillCorrectLinkDays { get; set; } = 30;

    /// <summary>The UK hour at which the daily digest goes.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;

    /// <summary>A failed send waits this long, doubling each time, before the next try.</summary>
    [Range(1, 3_600)]
    public int RetryAfterSeconds { get; set; } = 60;

    /// <summary>After this many failed tries a message is given up on, and says why.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a sent or given-up message is kept, for anyone asking whether a mail went; review reminders are kept for good.</summary>
    [Range(1, 3_650)]
    public int KeepSentDays { get; set; } = 90;
}

/// <summary>Where links in email point: the site's public address. The web project supplies it.</summary>
public interface INotificationLinks
{
    Uri Absolute(string path);
}
