using System.Text.Json;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

public sealed record PlanImportResult(int Created, int Updated, int Unchanged, int StatusesKept);

/// <summary>
/// Imports the improvement plan seed, idempotently: new areas, focus areas and actions are added;
/// a changed seed entry updates the words, officers and dates it owns; an action's status is the
/// seed's only until the board publishes a status change, and is never overwritten after that; the
/// same goes for its plain-English title once the board has published a new one.
/// </summary>
public sealed class PlanSeedImporter(LocalOfferDbContext db, TimeProvider clock, ILogger<PlanSeedImporter> logger)
{
    public const string DocumentSettingKey = "improvement-plan-document";

    public async Task<PlanImportResult> ImportAsync(string seedRoot, CancellationToken cancellationToken = default)
    {
        var seed = PlanSeed.Read(seedRoot);
        if (seed is null)
        {
            logger.LogInformation("No improvement plan in the content seed at {SeedRoot}", seedRoot);
            return new PlanImportResult(0, 0, 0, 0);
        }

        int created = 0, updated = 0, unchanged = 0, kept = 0;
        var areas = await db.PlanAreas.ToDictionaryAsync(a => a.Number, cancellationToken);
        foreach (var area in seed.Areas)
        {
            if (!areas.TryGetValue(area.Number, out var stored))
            {
                db.PlanAreas.Add(area);
                created++;
            }
            else if (stored.SeedHash != area.SeedHash)
            {
                (stored.Title, stored.Finding, stored.WhatWeAreChanging, stored.EasyRead, stored.SeedHash) =
                    (area.Title, area.Finding, area.WhatWeAreChanging, area.EasyRead, area.SeedHash);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        var focusAreas = await db.PlanFocusAreas.ToDictionaryAsync(f => f.Number, cancellationToken);
        foreach (var focus in seed.FocusAreas)
        {
            if (!focusAreas.TryGetValue(focus.Number, out var stored))
            {
                db.PlanFocusAreas.Add(focus);
                created++;
            }
            else if (stored.SeedHash != focus.SeedHash)
            {
                (stored.AreaNumber, stored.Title, stored.OverallImpact, stored.Unrecovered, stored.SeedHash) =
                    (focus.AreaNumber, focus.Title, focus.OverallImpact, focus.Unrecovered, focus.SeedHash);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        var actions = await db.PlanActions.ToDictionaryAsync(a => a.Ref, StringComparer.OrdinalIgnoreCase, cancellationToken);
        foreach (var action in seed.Actions)
        {
            if (!actions.TryGetValue(action.Ref, out var stored))
            {
                db.PlanActions.Add(action);
                created++;
            }
            else if (stored.SeedHash != action.SeedHash)
            {
                stored.FocusAreaNumber = action.FocusAreaNumber;
                stored.SortOrder = action.SortOrder;
                stored.Title = action.Title;
                if (stored.PlainTitleChangedAt is null)
                {
                    stored.PlainTitle = action.PlainTitle;
                }

                stored.Officers = action.Officers;
                stored.Start = action.Start;
                stored.End = action.End;
                stored.Evidence = action.Evidence;
                stored.Unrecovered = action.Unrecovered;
                stored.SeedHash = action.SeedHash;
                if (stored.StatusChangedAt is null)
                {
                    stored.Status = action.Status;
                }
                else if (stored.Status != action.Status)
                {
                    kept++;
                }

                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await SaveDocumentAsync(seed.Document, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var result = new PlanImportResult(created, updated, unchanged, kept);
        logger.LogInformation(
            "Improvement plan seed imported: {Created} created, {Updated} updated, {Unchanged} unchanged, {Kept} statuses kept as the board published them",
            created, updated, unchanged, kept);
        return result;
    }

    /// <summary>The plan's title, council and agreed date, from the stored copy of the seed's header.</summary>
    public static PlanDocument ReadDocument(string? json) =>
        json is { Length: > 0 } && JsonSerializer.Deserialize<StoredDocument>(json) is { } stored
            ? new PlanDocument(stored.Title, stored.Council, stored.Agreed)
            : PlanDocument.None;

    private async Task SaveDocumentAsync(PlanDocument document, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(new StoredDocument(document.Title, document.Council, document.Agreed));
        var setting = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == DocumentSettingKey, cancellationToken);
        if (setting is null)
        {
            db.SiteSettings.Add(new SiteSetting { Key = DocumentSettingKey, Value = json, UpdatedAt = clock.GetUtcNow(), UpdatedBy = "content-seed" });
        }
        else if (setting.Value != json)
        {
            (setting.Value, setting.UpdatedAt, setting.UpdatedBy) = (json, clock.GetUtcNow(), "content-seed");
        }
    }

    private sealed record StoredDocument(string Title, string Council, DateOnly? Agreed);
}
