using BcpLocalOffer.Infrastructure.Workflow;
using System.Text.Json;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.YouSaidWeDid;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>How feedback and "You said – We did" are stored. Times are UTC DateTime, which both providers compare and order.</summary>
public static class FeedbackModel
{
    public static ModelBuilder ApplyFeedbackAndYouSaidWeDid(this ModelBuilder modelBuilder)
    {
        var utc = new ValueConverter<DateTime, DateTime>(d => d, d => DateTime.SpecifyKind(d, DateTimeKind.Utc));
        var utcOrNull = new ValueConverter<DateTime?, DateTime?>(d => d, d => d.HasValue ? DateTime.SpecifyKind(d.Value, DateTimeKind.Utc) : null);

        modelBuilder.Entity<FeedbackItem>(item =>
        {
            item.ToTable("FeedbackItems");
            item.HasKey(i => i.Id);
            item.Property(i => i.SubmissionKey).HasMaxLength(64).IsRequired();
            item.HasIndex(i => i.SubmissionKey).IsUnique();
            item.Property(i => i.Reference).HasMaxLength(16).IsRequired();
            item.HasIndex(i => i.Reference);
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Problem).HasConversion<string>().HasMaxLength(30);
            item.Property(i => i.ServiceProblem).HasConversion<string>().HasMaxLength(30);
            item.Property(i => i.FixedBy).HasMaxLength(FeedbackLimits.FixedByLength);
            item.HasIndex(i => i.ServiceId);
            item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.ReceivedAtUtc).HasConversion(utc);
            item.Property(i => i.ClosedAtUtc).HasConversion(utcOrNull);
            item.Property(i => i.AnonymisedAtUtc).HasConversion(utcOrNull);
            item.Property(i => i.Comment).HasMaxLength(FeedbackLimits.CommentLength);
            item.Property(i => i.Improvement).HasMaxLength(FeedbackLimits.ImprovementLength);
            item.Property(i => i.PagePath).HasMaxLength(FeedbackLimits.PagePathLength);
            item.Property(i => i.ThemeIds).HasConversion(JsonList<int>()).Metadata.SetValueComparer(ListComparer<int>());
            item.Property(i => i.AreaNumbers).HasConversion(JsonList<int>()).Metadata.SetValueComparer(ListComparer<int>());
            item.Property(i => i.FocusAreaNumbers).HasConversion(JsonList<int>()).Metadata.SetValueComparer(ListComparer<int>());
            item.HasIndex(i => new { i.Kind, i.ReceivedAtUtc });
            item.HasIndex(i => i.Status);
            item.HasIndex(i => i.TopicId);
            item.HasOne<FeedbackTopic>().WithMany().HasForeignKey(i => i.TopicId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<FeedbackContact>(contact =>
        {
            contact.ToTable("FeedbackContacts");
            contact.HasKey(c => c.FeedbackId);
            contact.Property(c => c.FeedbackId).ValueGeneratedNever();
            contact.Property(c => c.Email).HasMaxLength(FeedbackLimits.EmailLength).IsRequired();
            contact.Property(c => c.ReceivedAtUtc).HasConversion(utc);
            contact.HasIndex(c => c.Email);
            contact.HasIndex(c => c.ReceivedAtUtc);
            contact.HasOne<FeedbackItem>().WithOne().HasForeignKey<FeedbackContact>(c => c.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FeedbackNote>(note =>
        {
            note.ToTable("FeedbackNotes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Author).HasMaxLength(256);
            note.Property(n => n.Text).HasMaxLength(FeedbackLimits.NoteLength);
            note.Property(n => n.AtUtc).HasConversion(utc);
            note.HasIndex(n => n.FeedbackId);
            note.HasOne<FeedbackItem>().WithMany().HasForeignKey(n => n.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FeedbackTopic>(topic =>
        {
            topic.ToTable("FeedbackTopics");
            topic.HasKey(t => t.Id);
            topic.Property(t => t.Label).HasMaxLength(FeedbackTopic.MaxLabelLength).IsRequired();
            topic.HasIndex(t => t.Label).IsUnique();
        });

        modelBuilder.Entity<FeedbackTheme>(theme =>
        {
            theme.ToTable("FeedbackThemes");
            theme.HasKey(t => t.Id);
            theme.Property(t => t.Name).HasMaxLength(FeedbackTheme.MaxNameLength).IsRequired();
            theme.Property(t => t.CreatedAtUtc).HasConversion(utc);
            theme.HasIndex(t => t.Name).IsUnique();
        });

        var content = new ValueConverter<EntryContent, string>(
            c => JsonSerializer.Serialize(c, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<EntryContent>(json, JsonSerializerOptions.Default) ?? EntryContent.Empty);
        var contentComparer = new ValueComparer<EntryContent>(
            (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Default) == JsonSerializer.Serialize(b, JsonSerializerOptions.Default),
            c => JsonSerializer.Serialize(c, JsonSerializerOptions.Default).GetHashCode(StringComparison.Ordinal),
            c => c);
        var contentOrNull = new ValueConverter<EntryContent?, string?>(
            c => c == null ? null : JsonSerializer.Serialize(c, JsonSerializerOptions.Default),
            json => json == null ? null : JsonSerializer.Deserialize<EntryContent>(json, JsonSerializerOptions.Default));
        var contentOrNullComparer = new ValueComparer<EntryContent?>(
            (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Default) == JsonSerializer.Serialize(b, JsonSerializerOptions.Default),
            c => JsonSerializer.Serialize(c, JsonSerializerOptions.Default).GetHashCode(StringComparison.Ordinal),
            c => c);

        modelBuilder.Entity<YouSaidWeDidEntry>(entry =>
        {
            entry.ToTable("YouSaidWeDidEntries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Draft).HasConversion(content).Metadata.SetValueComparer(contentComparer);
            entry.Property(e => e.Published).HasConversion(contentOrNull).Metadata.SetValueComparer(contentOrNullComparer);
            entry.Property(e => e.CreatedBy).HasMaxLength(ReviewStateModel.AccountIdLength);
            entry.HasReviewState(e => e.Review);
            entry.Property(e => e.CreatedAtUtc).HasConversion(utc);
            entry.Property(e => e.FirstPublishedAtUtc).HasConversion(utcOrNull);
            entry.Property(e => e.PublishedAtUtc).HasConversion(utcOrNull);
        });

        modelBuilder.Entity<YouSaidWeDidFeedbackLink>(link =>
        {
            link.ToTable("YouSaidWeDidFeedbackLinks");
            link.HasKey(l => new { l.EntryId, l.FeedbackId });
            link.HasIndex(l => l.FeedbackId);
            link.HasOne<YouSaidWeDidEntry>().WithMany().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<FeedbackItem>().WithMany().HasForeignKey(l => l.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        });

        return modelBuilder;
    }

    private static ValueConverter<List<T>, string> JsonList<T>() => new(
        list => JsonSerializer.Serialize(list, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<List<T>>(json, JsonSerializerOptions.Default) ?? new List<T>());

    private static ValueComparer<List<T>> ListComparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());
}
