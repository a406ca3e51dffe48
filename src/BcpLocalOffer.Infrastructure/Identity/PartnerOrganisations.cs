using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Identity;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>What an administrator's change to the organisations list came to: done, or the reason it was not.</summary>
public sealed record OrganisationChange(PartnerOrganisation? Organisation, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static OrganisationChange Refused(string problem) => new(null, problem);
}

/// <summary>How many pages (not archived) and accounts name an organisation.</summary>
public sealed record OrganisationUse(int Pages, int Accounts)
{
    public bool InUse => Pages > 0 || Accounts > 0;
}

/// <summary>
/// The partner organisations list: seeded once from content-seed/organisations.txt, then kept by
/// administrators. A page's owner and an account's organisation are stored by name, so a rename
/// corrects that name everywhere (every version of every page, and accounts) in one transaction:
/// the owner is a reference to the organisation, not words an editor wrote. Each change is audited.
/// </summary>
public sealed class PartnerOrganisations(LocalOfferDbContext db, PublishedCacheLoader cache, TimeProvider clock)
{
    private readonly AuditTrail audit = new(db, clock);

    public async Task<IReadOnlyList<PartnerOrganisation>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.PartnerOrganisations.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)];

    /// <summary>The names offered as choices: every organisation that is not retired.</summary>
    public async Task<IReadOnlyList<string>> ActiveNamesAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.PartnerOrganisations.AsNoTracking().Where(o => o.RetiredAt == null).Select(o => o.Name).ToListAsync(cancellationToken))
            .Order(StringComparer.CurrentCultureIgnoreCase)];

    /// <summary>
    /// Fills an empty list from the seed file's names. Once the list has anything in it, it belongs to
    /// the administrators and the file is not read again, so a rename or retirement is never undone.
    /// </summary>
    public async Task<int> SeedAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        if (await db.PartnerOrganisations.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var added = names.Select(n => n.Trim()).Where(n => PartnerOrganisation.NameProblem(n) is null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        db.PartnerOrganisations.AddRange(added.Select(name => new PartnerOrganisation { Name = name, CreatedAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeded the list at the same moment; its rows are the same names.
            db.ChangeTracker.Clear();
            return 0;
        }

        return added.Count;
    }

    public async Task<OrganisationChange> AddAsync(string? name, Editor editor)
    {
        if (!editor.IsAdministrator)
        {
            return OrganisationChange.Refused("Only administrators can change the organisations list.");
        }

        var trimmed = name?.Trim() ?? "";
        if ((PartnerOrganisation.NameProblem(trimmed) ?? await DuplicateProblemAsync(trimmed, null)) is { } problem)
        {
            return OrganisationChange.Refused(problem);
        }

        var organisation = new PartnerOrganisation { Name = trimmed, CreatedAt = clock.GetUtcNow() };
        db.PartnerOrganisations.Add(organisation);
        audit.Record(editor, AuditAction.Added, new AuditSubject(AuditCapability.Organisation, trimmed), trimmed);
        await db.SaveChangesAsync();
        return new(organisation, null);
    }

    public async Task<OrganisationChange> RenameAsync(int id, string? newName, Editor editor)
    {
        if (!editor.IsAdministrator)
        {
            return OrganisationChange.Refused("Only administrators can change the organisations list.");
        }

        if (await db.PartnerOrganisations.SingleOrDefaultAsync(o => o.Id == id) is not { } organisation)
        {
            return new(null, null);
        }

        var trimmed = newName?.Trim() ?? "";
        if ((PartnerOrganisation.NameProblem(trimmed) ?? await DuplicateProblemAsync(trimmed, id)) is { } problem)
        {
            return OrganisationChange.Refused(problem);
        }

        var oldName = organisation.Name;
        if (oldName == trimmed)
        {
            return new(organisation, null);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var pages = await db.ContentVersions.Where(v => v.OwnerOrganisation == oldName)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.OwnerOrganisation, trimmed));
            var accounts = await db.Users.Where(u => u.Organisation == oldName)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.Organisation, trimmed));
            organisation.Name = trimmed;
            audit.Record(editor, AuditAction.Renamed, new AuditSubject(AuditCapability.Organisation, trimmed), $"{oldName} → {trimmed} ({pages} page versions, {accounts} accounts updated)");
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        // The public footer names each page's owner.
        await cache.RefreshAsync();
        return new(organisation, null);
    }

    public async Task<OrganisationChange> RetireAsync(int id, Editor editor)
    {
        if (!editor.IsAdministrator)
        {
            return OrganisationChange.Refused("Only administrators can change the organisations list.");
        }

        if (await db.PartnerOrganisations.SingleOrDefaultAsync(o => o.Id == id) is not { } organisation)
        {
            return new(null, null);
        }

        var use = await UseAsync(organisation.Name);
        if (use.InUse)
        {
            return OrganisationChange.Refused(
                $"{organisation.Name} cannot be retired while {Describe(use)} use it. Give those pages another owner and those accounts another organisation first.");
        }

        organisation.RetiredAt ??= clock.GetUtcNow();
        audit.Record(editor, AuditAction.Retired, new AuditSubject(AuditCapability.Organisation, organisation.Name), organisation.Name);
        await db.SaveChangesAsync();
        return new(organisation, null);
    }

    public async Task<OrganisationChange> RestoreAsync(int id, Editor editor)
    {
        if (!editor.IsAdministrator)
        {
            return OrganisationChange.Refused("Only administrators can change the organisations list.");
        }

        if (await db.PartnerOrganisations.SingleOrDefaultAsync(o => o.Id == id) is not { } organisation)
        {
            return new(null, null);
        }

        organisation.RetiredAt = null;
        audit.Record(editor, AuditAction.BroughtBack, new AuditSubject(AuditCapability.Organisation, organisation.Name), organisation.Name);
        await db.SaveChangesAsync();
        return new(organisation, null);
    }

    public async Task<OrganisationUse> UseAsync(string name) =>
        (await UsesAsync()).GetValueOrDefault(name) ?? new OrganisationUse(0, 0);

    /// <summary>
    /// Use by organisation name. Pages count when their latest version names the organisation and
    /// they are not archived; accounts count when they are not disabled.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, OrganisationUse>> UsesAsync()
    {
        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());
        var versions = await db.ContentVersions.AsNoTracking().Select(v => new { v.NodeKey, v.Number, v.OwnerOrganisation }).ToListAsync();
        var pages = versions.GroupBy(v => v.NodeKey)
            .Select(g => g.MaxBy(v => v.Number)!)
            .Where(v => tree.Find(v.NodeKey) is not null && !tree.IsArchived(v.NodeKey))
            .CountBy(v => v.OwnerOrganisation)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var accounts = (await db.Users.AsNoTracking().Where(u => u.DisabledAt == null).Select(u => u.Organisation).ToListAsync())
            .CountBy(o => o)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return pages.Keys.Union(accounts.Keys).ToDictionary(
            name => name,
            name => new OrganisationUse(pages.GetValueOrDefault(name), accounts.GetValueOrDefault(name)),
            StringComparer.Ordinal);
    }

    public static string Describe(OrganisationUse use) =>
        use.Pages > 0 && use.Accounts > 0 ? $"{Plural(use.Pages, "page")} and {Plural(use.Accounts, "account")}"
        : use.Pages > 0 ? Plural(use.Pages, "page")
        : Plural(use.Accounts, "account");

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private async Task<string?> DuplicateProblemAsync(string name, int? exceptId)
    {
        var names = await db.PartnerOrganisations.AsNoTracking().Where(o => o.Id != exceptId).Select(o => o.Name).ToListAsync();
        return names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } existing
            ? $"There is already an organisation called {existing}"
            : null;
    }
}
