using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Comparison;
using BcpLocalOffer.Core.Content.Comparison;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Content;

/// <summary>Two versions of a page side by side, with the words that changed marked.</summary>
public sealed class ContentCompareController(LocalOfferDbContext db) : BackOfficeController
{
    private const string Root = "/editorial/content";

    /// <summary>The form on the details page: two version numbers, in either order.</summary>
    [HttpGet(Root + "/{key:guid}/compare")]
    public IActionResult Choose(Guid key, int? a, int? b) =>
        a is { } from && b is { } to && from != to
            ? Redirect($"{Root}/{key}/versions/{Math.Min(from, to)}/compare/{Math.Max(from, to)}")
            : Redirect($"{Root}/{key}#compare");

    [HttpGet(Root + "/{key:guid}/versions/{a:int}/compare/{b:int}")]
    public async Task<IActionResult> Compare(Guid key, int a, int b)
    {
        var node = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key && (v.Number == a || v.Number == b)).ToListAsync();
        var before = versions.SingleOrDefault(v => v.Number == a);
        var after = versions.SingleOrDefault(v => v.Number == b);
        if (node is null || before is null || after is null)
        {
            return NotFound();
        }

        var fields = VersionComparison.Compare(DocumentTypes.Get(node.DocumentTypeAlias), before, after);
        ViewData["Title"] = $"Compare versions {a} and {b} of {after.Name}";
        return View("Editorial/ContentCompare", new ContentCompareModel(key, before, after, fields));
    }
}

public sealed record ContentCompareModel(Guid Key, ContentVersion Before, ContentVersion After, IReadOnlyList<FieldDifference> Fields);
