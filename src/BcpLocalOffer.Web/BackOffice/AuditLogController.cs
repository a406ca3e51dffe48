using System.Globalization;
using System.Text;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.BackOffice;

/// <summary>Who did what and when, for administrators, on screen and as CSV.</summary>
[Authorize(Policy = EditorialPolicies.Administration)]
public sealed class AuditLogController(LocalOfferDbContext db) : BackOfficeController
{
    private const int ShownOnScreen = 200;

    [HttpGet("/editorial/audit")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "Audit log";
        var entries = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Id).Take(ShownOnScreen).ToListAsync();
        var names = await PageNamesAsync(entries);
        return View("AuditLog", new AuditLogModel(entries, names));
    }

    [HttpGet("/editorial/audit.csv")]
    public async Task<IActionResult> Csv()
    {
        var entries = await db.AuditLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        var names = await PageNamesAsync(entries);
        var csv = new StringBuilder("when,who,action,about,item,version,detail\n");
        foreach (var entry in entries)
        {
            csv.AppendJoin(',',
                Cell(entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                Cell(entry.Actor),
                Cell(entry.Action.Label()),
                Cell(entry.Capability.Label()),
                Cell(PageName(entry, names) ?? entry.ItemKey ?? ""),
                Cell(entry.VersionNumber?.ToString(CultureInfo.InvariantCulture) ?? ""),
                Cell(entry.Detail)).Append('\n');
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "audit-log.csv");
    }

    /// <summary>The page's name for an entry about a page, which its key alone does not say.</summary>
    public static string? PageName(AuditEntry entry, IReadOnlyDictionary<Guid, string> names) =>
        entry.Capability == AuditCapability.Page && Guid.TryParse(entry.ItemKey, out var key) ? names.GetValueOrDefault(key, "A page") : null;

    private async Task<Dictionary<Guid, string>> PageNamesAsync(IReadOnlyList<AuditEntry> entries)
    {
        var keys = entries.Where(e => e.Capability == AuditCapability.Page && Guid.TryParse(e.ItemKey, out _)).Select(e => Guid.Parse(e.ItemKey!)).Distinct().ToList();
        return (await db.ContentVersions.AsNoTracking().Where(v => keys.Contains(v.NodeKey)).Select(v => new { v.NodeKey, v.Number, v.Name }).ToListAsync())
            .GroupBy(v => v.NodeKey)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Name);
    }

    // Quoted always; a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula.
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

public sealed record AuditLogModel(IReadOnlyList<AuditEntry> Entries, IReadOnlyDictionary<Guid, string> PageNames);
