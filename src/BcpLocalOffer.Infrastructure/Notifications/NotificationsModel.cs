using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BcpLocalOffer.Infrastructure.Notifications;

public static class NotificationsModel
{
    public static void ApplyNotifications(this ModelBuilder modelBuilder)
    {
        var utc = new ValueConverter<DateTime, DateTime>(d => d, d => DateTime.SpecifyKind(d, DateTimeKind.Utc));
        var utcOrNull = new ValueConverter<DateTime?, DateTime?>(d => d, d => d.HasValue ? DateTime.SpecifyKind(d.Value, DateTimeKind.Utc) : null);
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("Outbox");
            message.HasKey(m => m.Id);
            message.Property(m => m.Key).HasMaxLength(OutboxMessage.KeyLength).IsRequired();
            message.HasIndex(m => m.Key).IsUnique();
            message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
            message.Property(m => m.Recipient).HasMaxLength(256).IsRequired();
            message.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectLength).IsRequired();
            message.Property(m => m.LinkPath).HasMaxLength(500);
            message.Property(m => m.Outcome).HasMaxLength(500);
            message.Property(m => m.CreatedAtUtc).HasConversion(utc);
            message.Property(m => m.SendingAtUtc).HasConversion(utcOrNull);
            message.Property(m => m.SentAtUtc).HasConversion(utcOrNull);
            message.Property(m => m.NextAttemptAtUtc).HasConversion(utcOrNull);
            message.HasIndex(m => new { m.SentAtUtc, m.Recipient });
        });
    }
}
