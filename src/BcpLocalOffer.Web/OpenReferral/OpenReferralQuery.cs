using System.Globalization;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;

namespace BcpLocalOffer.Web.OpenReferral;

/// <summary>
/// The list endpoints' query string, read strictly: a value that cannot be understood is a 400
/// that says which one and why, never a 500 and never silently ignored.
/// </summary>
public sealed record OpenReferralQuery(int Page, int PerPage, string[] Words, Guid? TaxonomyId, Guid? TaxonomyTermId, decimal? MinimumAge, decimal? MaximumAge)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;
    private const int MaxTextLength = 200;

    public static OpenReferralQuery? Read(IQueryCollection query, out string? problem)
    {
        problem = null;
        var page = ReadWhole(query, "page", 1, 1, int.MaxValue, ref problem);
        var perPage = ReadWhole(query, "per_page", DefaultPerPage, 1, MaxPerPage, ref problem);
        var text = (query["text"].FirstOrDefault() ?? query["search"].FirstOrDefault())?.Trim() ?? "";
        if (text.Length > MaxTextLength)
        {
            problem ??= $"text must be {MaxTextLength} characters or fewer.";
        }

        var taxonomyId = ReadGuid(query, "taxonomy_id", ref problem);
        var termId = ReadGuid(query, "taxonomy_term_id", ref problem);
        var minimumAge = ReadAge(query, "minimum_age", ref problem);
        var maximumAge = ReadAge(query, "maximum_age", ref problem);
        return problem is null
            ? new OpenReferralQuery(page, perPage, text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), taxonomyId, termId, minimumAge, maximumAge)
            : null;
    }

    /// <summary>
    /// The profile's rules: minimum_age returns services whose minimum age is at least the value,
    /// maximum_age those whose maximum age is at most the value.
    /// </summary>
    public bool Matches(PublishedService service) =>
        (MinimumAge is null || service.MinimumAge >= MinimumAge)
        && (MaximumAge is null || service.MaximumAge <= MaximumAge)
        && (TaxonomyTermId is null || service.TermIds.Contains(TaxonomyTermId.Value))
        && (TaxonomyId is null || service.Terms.Any(t => DirectoryTaxonomies.Get(t.Taxonomy).Id == TaxonomyId))
        && Words.All(w => service.SearchText.Contains(w, StringComparison.Ordinal));

    public bool IsUnfiltered => Words.Length == 0 && TaxonomyId is null && TaxonomyTermId is null && MinimumAge is null && MaximumAge is null;

    /// <summary>The page of already-serialised items, written as the profile's Page with the items in contents.</summary>
    public byte[] PageJson(IReadOnlyList<byte[]> items)
    {
        var totalPages = Math.Max(1, (items.Count + PerPage - 1) / PerPage);
        var skip = (long)(Page - 1) * PerPage;
        var size = skip >= items.Count ? 0 : (int)Math.Min(PerPage, items.Count - skip);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + (size * 1024));
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("total_items", items.Count);
            json.WriteNumber("total_pages", totalPages);
            json.WriteNumber("page_number", Page);
            json.WriteNumber("size", size);
            json.WriteBoolean("first_page", Page == 1);
            json.WriteBoolean("last_page", Page >= totalPages);
            json.WriteBoolean("empty", size == 0);
            json.WriteStartArray("contents");
            for (var i = 0; i < size; i++)
            {
                json.WriteRawValue(items[(int)skip + i], skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public Page<T> PageOf<T>(IReadOnlyList<T> items)
    {
        var totalPages = Math.Max(1, (items.Count + PerPage - 1) / PerPage);
        var skip = (long)(Page - 1) * PerPage;
        IReadOnlyList<T> contents = skip >= items.Count ? [] : [.. items.Skip((int)skip).Take(PerPage)];
        return new Page<T>(items.Count, totalPages, Page, contents.Count, Page == 1, Page >= totalPages, contents.Count == 0, contents);
    }

    private static int ReadWhole(IQueryCollection query, string name, int otherwise, int minimum, int maximum, ref string? problem)
    {
        if (!query.TryGetValue(name, out var values) || string.IsNullOrWhiteSpace(values.FirstOrDefault()))
        {
            return otherwise;
        }

        if (int.TryParse(values.First(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }

        problem ??= $"{name} must be a whole number from {minimum} to {maximum}.";
        return otherwise;
    }

    private static Guid? ReadGuid(IQueryCollection query, string name, ref string? problem)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), out var id))
        {
            return id;
        }

        problem ??= $"{name} must be a UUID, like those /taxonomies and /taxonomy_terms list.";
        return null;
    }

    private static decimal? ReadAge(IQueryCollection query, string name, ref string? problem)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var age) && age <= 150)
        {
            return age;
        }

        problem ??= $"{name} must be an age in years from 0 to 150.";
        return null;
    }
}
