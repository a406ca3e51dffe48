using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>
/// The listed services (active or temporarily closed) as search documents, read from the
/// published directory in memory; re-indexed whenever a publish replaces it. Sample services from
/// the seed are left out: made-up listings named "Children's speech and language therapy" would
/// otherwise come above the guides families are looking for, and nobody should find them by search.
/// </summary>
public sealed class DirectorySearchDocuments : ISearchDocumentSource, IDisposable
{
    public const string ServiceType = "service";

    private readonly IPublishedDirectoryCache cache;

    public DirectorySearchDocuments(IPublishedDirectoryCache cache)
    {
        this.cache = cache;
        cache.Replaced += OnReplaced;
    }

    public event Action? Changed;

    public string Name => "directory";

    public bool IsLoaded => cache.IsLoaded;

    public IReadOnlyDictionary<string, string> TypeLabels { get; } = new Dictionary<string, string>
    {
        [ServiceType] = "Service",
    };

    public IReadOnlyList<SearchDocument> GetDocuments() => [.. cache.Current.Listed.Where(s => !s.IsSample).Select(ToDocument)];

    public void Dispose() => cache.Replaced -= OnReplaced;

    private void OnReplaced(PublishedDirectory directory) => Changed?.Invoke();

    private static SearchDocument ToDocument(PublishedService service) => new()
    {
        Key = "directory:service:" + service.Id.ToString("N"),
        Type = ServiceType,
        Url = "/directory/" + service.Slug,
        Title = service.Name,
        Keywords = string.Join(' ', [service.Kind.Label, .. service.Needs.Select(n => n.Label)]),
        Summary = $"{service.Kind.Label} from {service.Organisation}, ages {service.MinimumAge} to {service.MaximumAge}."
            + (service.Status == ServiceStatus.TemporarilyClosed ? " Temporarily closed." : ""),
        Body = string.Join(' ', [
            service.Description, service.Organisation, .. service.Localities.Select(l => l.Label), .. service.Costs.Select(c => c.Label),
            service.VenueName ?? "", service.VenueTown ?? "", service.OpeningTimes ?? ""]),
    };
}
