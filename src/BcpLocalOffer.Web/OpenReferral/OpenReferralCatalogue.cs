using BcpLocalOffer.Core.Directory;
using BcpLocalOffer.Core.Directory.Published;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.OpenReferral;

/// <summary>
/// The published directory in Open Referral shapes, built once per published snapshot (on the
/// first request after a publish) so a request only filters, pages and serialises.
/// </summary>
public sealed class OpenReferralCatalogue(IPublishedDirectoryCache cache, TimeProvider clock, IOptions<DirectoryOptions> options)
{
    private readonly Lock building = new();
    private Snapshot? current;

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

    public static TaxonomyTermDto ToDto(TaxonomyTerm term)
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
        }

        public long Generation { get; }

        /// <summary>The SEND-friendly claim depends on the date, so a snapshot lasts a day at most.</summary>
        public DateOnly Day { get; }

        public IReadOnlyList<Entry> Services { get; }

        public IReadOnlyDictionary<Guid, Entry> ById { get; }

        public IReadOnlyList<LocationEntry> Locations { get; }

        public IReadOnlyDictionary<Guid, LocationEntry> LocationsById { get; }
    }

    public sealed class Entry(PublishedService service, ServiceDto full)
    {
        public PublishedService Service { get; } = service;

        public ServiceDto Full { get; } = full;

        public ServiceSummaryDto Summary { get; } = OpenReferralMapping.Summary(full);
    }

    public sealed class LocationEntry(Entry entry, ServiceAtLocationDto at)
    {
        public Entry Entry { get; } = entry;

        public ServiceAtLocationDto At { get; } = at;

        public ServiceAtLocationSummaryDto Summary { get; } = new(at.Id, at.ServiceId, at.LocationId, at.Location, entry.Summary);

        public ServiceAtLocationFullDto Full { get; } = new(at.Id, at.ServiceId, at.LocationId, at.Location, entry.Full);
    }
}
