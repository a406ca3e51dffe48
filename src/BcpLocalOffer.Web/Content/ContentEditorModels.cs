using BcpLocalOffer.Core.Coverage;
using System.ComponentModel.DataAnnotations;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Web.Content;

/// <summary>One line of the content tree: the page as the editor knows it, with where it stands.</summary>
public sealed record ContentTreeRow(Guid Key, Guid? ParentKey, int Depth, string Path, string Name, string DocumentType, bool IsPublished, WorkflowState LatestState, int LatestNumber, string Owner, DateOnly ReviewBy)
{
    public bool HasUnpublishedChanges => LatestState != WorkflowState.Approved;

    /// <summary>Archived, or beneath an archived page: left out of the tree and shown under "Archived pages".</summary>
    public bool IsArchived { get; init; }

    public static async Task<IReadOnlyList<ContentTreeRow>> LoadAsync(LocalOfferDbContext db)
    {
        var nodes = await db.ContentNodes.AsNoTracking().ToListAsync();
        var latest = (await db.ContentVersions.AsNoTracking()
                .Select(v => new { v.NodeKey, v.Number, v.Name, v.Review.State, v.OwnerOrganisation, v.ReviewBy })
                .ToListAsync())
            .GroupBy(v => v.NodeKey)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var children = nodes.Where(n => n.ParentKey is not null).ToLookup(n => n.ParentKey!.Value);
        var rows = new List<ContentTreeRow>();
        void Walk(ContentNode node, int depth, string path, bool archived)
        {
            var version = latest[node.Key];
            archived |= node.ArchivedAt is not null;
            rows.Add(new ContentTreeRow(node.Key, node.ParentKey, depth, path, version.Name, node.DocumentTypeAlias, node.PublishedVersionId is not null, version.State, version.Number, version.OwnerOrganisation, version.ReviewBy) { IsArchived = archived });
            foreach (var child in children[node.Key].OrderBy(c => c.SortOrder).ThenBy(c => c.UrlSegment, StringComparer.Ordinal))
            {
                Walk(child, depth + 1, path == "/" ? "/" + child.UrlSegment : path + "/" + child.UrlSegment, archived);
            }
        }

        foreach (var root in nodes.Where(n => n.ParentKey is null))
        {
            Walk(root, 0, "/", false);
        }

        return rows;
    }
}

public sealed record ContentDetailsModel(ContentTreeRow Page, IReadOnlyList<ContentVersion> Versions, long? PublishedVersionId, Editor Editor, string? Done)
{
    public ContentVersion Latest => Versions[0];
}

/// <summary>What the edit form posts. Everything is kept as typed, so a refused save loses nothing.</summary>
public sealed record ContentEditForm
{
    public int BasedOnVersion { get; set; }

    public string? Name { get; set; }

    public string? NavigationName { get; set; }

    public string? Summary { get; set; }

    public string? MetaDescription { get; set; }

    public string? Body { get; set; }

    public string? OwnerOrganisation { get; set; }

    public DateOnly? ReviewBy { get; set; }

    public Dictionary<string, string?> Properties { get; set; } = [];

    /// <summary>The codes of the law's duties this page covers (see Coverage), ticked by the editor.</summary>
    public List<string> Covers { get; set; } = [];

    /// <summary>Set when someone else saved first: their version, shown beside the editor's text.</summary>
    public ContentVersion? ConflictingVersion { get; init; }

    public static ContentEditForm From(ContentVersion version) => new()
    {
        BasedOnVersion = version.Number,
        Name = version.Name,
        NavigationName = version.NavigationName,
        Summary = version.Summary,
        MetaDescription = version.MetaDescription,
        Body = version.Body,
        OwnerOrganisation = version.OwnerOrganisation,
        ReviewBy = version.ReviewBy,
        Properties = version.Properties.Where(p => p.Key != LocalOfferCoverage.PageProperty).ToDictionary(p => p.Key, p => (string?)p.Value),
        Covers = [.. LocalOfferCoverage.Codes(version.Properties.GetValueOrDefault(LocalOfferCoverage.PageProperty))],
    };

    public void Validate(DocumentType type, IReadOnlyList<string> organisations, IReadOnlyCollection<string> dutyCodes, ModelStateDictionary errors)
    {
        if (Covers.Any(code => !dutyCodes.Contains(code)))
        {
            errors.AddModelError(nameof(Covers), "Select what the page covers from the list");
        }

        Check(nameof(Name), Name, "Enter the page title", 200);
        Check(nameof(Summary), Summary, "Enter a summary", 400);
        Check(nameof(Body), Body, null, 100_000);
        Check(nameof(MetaDescription), MetaDescription, null, 300);
        Check(nameof(NavigationName), NavigationName, null, 80);
        if (OwnerOrganisation is null || !organisations.Contains(OwnerOrganisation))
        {
            errors.AddModelError(nameof(OwnerOrganisation), "Select the organisation that keeps this page up to date");
        }

        if (ReviewBy is null)
        {
            errors.AddModelError(nameof(ReviewBy), "Enter a review-by date");
        }

        foreach (var property in type.Properties)
        {
            var value = Properties.GetValueOrDefault(property.Alias);
            if (property.Required && string.IsNullOrWhiteSpace(value))
            {
                errors.AddModelError("Properties." + property.Alias, $"Enter {property.Label.ToLowerInvariant()}");
            }
            else if (property.Choices is { } choices && value is not null && !choices.ContainsKey(value))
            {
                errors.AddModelError("Properties." + property.Alias, $"Select a {property.Label.ToLowerInvariant()} from the list");
            }
            else if (value?.Length > 50_000)
            {
                errors.AddModelError("Properties." + property.Alias, $"{property.Label} must be 50,000 characters or fewer");
            }
        }

        void Check(string field, string? value, string? requiredMessage, int max)
        {
            if (requiredMessage is not null && string.IsNullOrWhiteSpace(value))
            {
                errors.AddModelError(field, requiredMessage);
            }
            else if (value?.Length > max)
            {
                errors.AddModelError(field, $"Must be {max:N0} characters or fewer");
            }
        }
    }

    public void ApplyTo(ContentVersion version)
    {
        version.Name = Name!.Trim();
        version.NavigationName = string.IsNullOrWhiteSpace(NavigationName) ? null : NavigationName.Trim();
        version.Summary = Summary!.Trim();
        version.MetaDescription = MetaDescription?.Trim() ?? "";
        version.Body = (Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        version.OwnerOrganisation = OwnerOrganisation!;
        version.ReviewBy = ReviewBy!.Value;
        version.Properties = Properties.Where(p => !string.IsNullOrWhiteSpace(p.Value) && p.Key != LocalOfferCoverage.PageProperty)
            .ToDictionary(p => p.Key, p => p.Value!.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (Covers.Count > 0)
        {
            version.Properties[LocalOfferCoverage.PageProperty] = string.Join(',', Covers.Distinct(StringComparer.Ordinal));
        }
    }
}

public sealed record ContentEditModel(Guid Key, DocumentType Type, ContentEditForm Form, IReadOnlyList<string> Organisations, Editor Editor, string CurrentOwner, IReadOnlyList<LegalDuty> Duties);

public sealed class NewPageForm
{
    public Guid Parent { get; set; }

    [Required(ErrorMessage = "Select the kind of page")]
    public string? DocumentType { get; set; }

    [Required(ErrorMessage = "Enter the page title")]
    [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter a summary")]
    [StringLength(400, ErrorMessage = "The summary must be 400 characters or fewer")]
    public string? Summary { get; set; }
}

public sealed record NewPageModel(NewPageForm Form, IReadOnlyList<DocumentType> AllowedTypes);
