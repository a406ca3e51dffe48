using BcpLocalOffer.Infrastructure.Workflow;
using System.Text.Json;
using BcpLocalOffer.Core.ImprovementPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>How the improvement plan is stored: areas, focus areas, actions, status changes and quarterly reports.</summary>
public static class ImprovementPlanModel
{
    public static ModelBuilder ApplyImprovementPlan(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlanArea>(area =>
        {
            area.ToTable("PlanAreas");
            area.HasKey(a => a.Number);
            area.Property(a => a.Number).ValueGeneratedNever();
            area.Property(a => a.Title).HasMaxLength(200).IsRequired();
            area.Property(a => a.Finding).HasMaxLength(2000);
            area.Property(a => a.WhatWeAreChanging).HasMaxLength(2000);
            area.Property(a => a.EasyRead).HasMaxLength(1000);
            area.Property(a => a.SeedHash).HasMaxLength(64);
        });

        modelBuilder.Entity<PlanFocusArea>(focus =>
        {
            focus.ToTable("PlanFocusAreas");
            focus.HasKey(f => f.Number);
            focus.Property(f => f.Number).ValueGeneratedNever();
            focus.Property(f => f.Title).HasMaxLength(1000);
            focus.Property(f => f.OverallImpact).HasMaxLength(2000);
            focus.Property(f => f.Unrecovered).HasConversion(JsonList<string>()).Metadata.SetValueComparer(ListComparer<string>());
            focus.Property(f => f.SeedHash).HasMaxLength(64);
            focus.HasOne<PlanArea>().WithMany().HasForeignKey(f => f.AreaNumber).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PlanAction>(action =>
        {
            action.ToTable("PlanActions");
            action.HasKey(a => a.Ref);
            action.Property(a => a.Ref).HasMaxLength(PlanAction.MaxRefLength);
            action.Property(a => a.Title).HasMaxLength(2000);
            action.Property(a => a.PlainTitle).HasMaxLength(PlanAction.PlainTitleLength);
            action.Property(a => a.Start).HasMaxLength(10);
            action.Property(a => a.End).HasMaxLength(10);
            action.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            action.Property(a => a.Officers).HasConversion(JsonList<string>()).Metadata.SetValueComparer(ListComparer<string>());
            action.Property(a => a.Evidence).HasConversion(JsonList<PlannedEvidence>()).Metadata.SetValueComparer(ListComparer<PlannedEvidence>());
            action.Property(a => a.Unrecovered).HasConversion(JsonList<string>()).Metadata.SetValueComparer(ListComparer<string>());
            action.Property(a => a.SeedHash).HasMaxLength(64);
            action.HasIndex(a => a.FocusAreaNumber);
            action.HasOne<PlanFocusArea>().WithMany().HasForeignKey(a => a.FocusAreaNumber).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<StatusChange>(change =>
        {
            change.ToTable("PlanStatusChanges");
            change.HasKey(c => c.Id);
            change.Property(c => c.ActionRef).HasMaxLength(PlanAction.MaxRefLength).IsRequired();
            change.Property(c => c.FromStatus).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.ToStatus).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.PlainTitle).HasMaxLength(PlanAction.PlainTitleLength);
            change.Property(c => c.Commentary).HasMaxLength(StatusChange.CommentaryLength);
            change.Property(c => c.EvidenceKind).HasMaxLength(40);
            change.Property(c => c.EvidenceNote).HasMaxLength(StatusChange.EvidenceNoteLength);
            change.Property(c => c.CreatedBy).HasMaxLength(ReviewStateModel.AccountIdLength);
            change.HasReviewState(c => c.Review);
            change.Ignore(c => c.IsPublished);
            change.HasIndex(c => c.ActionRef);
            change.HasIndex(c => c.QuarterlyReportId);
            change.HasOne<PlanAction>().WithMany().HasForeignKey(c => c.ActionRef).OnDelete(DeleteBehavior.Restrict);
            change.HasOne<QuarterlyReport>().WithMany().HasForeignKey(c => c.QuarterlyReportId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<QuarterlyReport>(report =>
        {
            report.ToTable("PlanQuarterlyReports");
            report.HasKey(r => r.Id);
            report.Property(r => r.Title).HasMaxLength(QuarterlyReport.TitleLength).IsRequired();
            report.Property(r => r.Summary).HasMaxLength(QuarterlyReport.SummaryLength);
            report.Property(r => r.CreatedBy).HasMaxLength(ReviewStateModel.AccountIdLength);
            report.HasReviewState(r => r.Review);
        });

        return modelBuilder;
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<T>, string> JsonList<T>() => new(
        list => JsonSerializer.Serialize(list, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<List<T>>(json, JsonSerializerOptions.Default) ?? new List<T>());

    private static ValueComparer<List<T>> ListComparer<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());
}
