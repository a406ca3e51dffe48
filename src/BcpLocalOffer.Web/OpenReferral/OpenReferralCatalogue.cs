using System.Text.Json;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.OpenReferral;

/// <summary>
/// The published directory in Open Referral shapes, built once per published snapshot (on the
/// first request after a publish) so a request only filters, pages and serialises.
/// </summary>
public sealed class OpenReferralCatalogue
{
    // First: the taxonomies below are built from it.
    private static readonly Dictionary<Guid, TaxonomyTermDto> TermDtos = DirectoryTaxonomies.TermsById.Values.ToDictionary(t => t.Id, Build);

    private readonly Lock building = new();
    private readonly IPublishedDirectoryCache cache;
    private readonly TimeProvider clock;
    private readonly IOptions<DirectoryOptions> options;
    private Snapshot? current;

    public OpenReferralCatalogue(IPublishedDirectoryCache cache, TimeProvider clock, IOptions<DirectoryOptions> options)
    {
        (this.cache, this.clock, this.options) = (cache, clock, options);
        cache.Replaced += _ => Warm();
    }

    public Snapshot Current
    {
        get
        {
            var directory = cache.Current;
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var snapshot = Volatile.Read(ref current);
            if (snapshot is not null && snapshot.Generation == directory.Generation && snapshot.Day == today)
            {
                return snapshot;
            }

            lock (building)
            {
                snapshot = current;
                if (snapshot is null || snapshot.Generation != directory.Generation || snapshot.Day != today)
                {
                    snapshot = new Snapshot(directory, today, options.Value.EvidenceValidMonths);
                    Volatile.Write(ref current, snapshot);
                }

                return snapshot;
            }
        }
    }

    public static IReadOnlyList<TaxonomyDto> Taxonomies { get; } = [.. DirectoryTaxonomies.All.Select(ToDto)];

    public static IReadOnlyList<TaxonomyTermDto> Terms { get; } = [.. DirectoryTaxonomies.All.SelectMany(t => t.Terms).Select(ToDto)];

    public static TaxonomyTermDto ToDto(TaxonomyTerm term) => TermDtos.TryGetValue(term.Id, out var dto) ? dto : Build(term);

    /// <summary>Builds the snapshot now, off the request path (after start and after every publish).</summary>
    public void Warm() => _ = Task.Run(() => Current);

    private static TaxonomyTermDto Build(TaxonomyTerm term)
    {
        var taxonomy = DirectoryTaxonomies.Get(term.Taxonomy);
        return new TaxonomyTermDto(term.Id, term.Label, term.Description, term.ParentSlug is null ? null : taxonomy.Find(term.ParentSlug)!.Id,
            taxonomy.Name, taxonomy.Id, term.Label, term.Slug);
    }

    private static TaxonomyDto ToDto(Taxonomy taxonomy) =>
        new(taxonomy.Id, taxonomy.Name, taxonomy.Description, "1", [.. taxonomy.Terms.Select(ToDto)]);

    /// <summary>Every published service in API shapes, in the directory's order (by name).</summary>
    public sealed class Snapshot
    {
        public Snapshot(PublishedDirectory directory, DateOnly today, int evidenceValidMonths)
        {
            Generation = directory.Generation;
            Day = today;
            Services = [.. directory.All.Select(s => new Entry(s, OpenReferralMapping.Full(s, today, evidenceValidMonths)))];
            ById = Services.ToDictionary(e => e.Service.Id);
            Locations = [.. Services.SelectMany(e => e.Full.ServiceAtLocations.Select(l => new LocationEntry(e, l)))];
            LocationsById = Locations.ToDictionary(l => l.At.Id);
            ServiceJson = [.. Services.Select(e => e.SummaryJson)];
            LocationJson = [.. Locations.Select(l => l.SummaryJson)];
        }

        /// <summary>Every service's list item, serialised, for the unfiltered list.</summary>
        public IReadOnlyList<byte[]> ServiceJson { get; }

        public IReadOnlyList<byte[]> LocationJson { get; }

        public long Generation { get; }

        /// <summary>The SEND-friendly claim depends on the date, so a snapshot lasts a day at most.</summary>
        public DateOnly Day { get; }

        public IReadOnlyList<Entry> Services { get; }

        public IReadOnlyDictionary<Guid, Entry> ById { get; }

        public IReadOnlyList<LocationEntry> Locations { get; }

        public IReadOnlyDictionary<Guid, LocationEntry> LocationsById { get; }
    }

    /// <summary>A service with its list item already serialised, so a page of the list is copied, not serialised, per request.</summary>
    public sealed class Entry(PublishedService service, ServiceDto full)
    {
        public PublishedService Service { get; } = service;

        public ServiceDto Full { get; } = full;

        public byte[] SummaryJson { get; } = JsonSerializer.SerializeToUtf8Bytes(OpenReferralMapping.Summary(full), OpenReferralController.Json);
    }

    public sealed class LocationEntry(Entry entry, ServiceAtLocationDto at)
    {
        public Entry Entry { get; } = entry;

        public ServiceAtLocationDto At { get; } = at;

        public byte[] SummaryJson { get; } = JsonSerializer.SerializeToUtf8Bytes(
            new ServiceAtLocationSummaryDto(at.Id, at.ServiceId, at.LocationId, at.Location, OpenReferralMapping.Summary(entry.Full)), OpenReferralController.Json);

        public ServiceAtLocationFullDto Full => new(At.Id, Entry.Full.Name, Entry.Full.Status, At.ServiceId, At.LocationId, At.Location, Entry.Full);
    }
}
