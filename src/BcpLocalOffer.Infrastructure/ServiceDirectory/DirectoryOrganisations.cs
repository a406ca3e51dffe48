using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>
/// The organisations that run services in the directory, as each service's newest version names
/// them: what a provider's account can be linked to.
/// </summary>
public sealed class DirectoryOrganisations(LocalOfferDbContext db)
{
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default)
    {
        var names = await db.DirectoryServiceVersions.AsNoTracking()
            .Where(v => v.Number == db.DirectoryServiceVersions.Where(o => o.ServiceId == v.ServiceId).Max(o => o.Number))
            .Select(v => v.Organisation)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }
}
