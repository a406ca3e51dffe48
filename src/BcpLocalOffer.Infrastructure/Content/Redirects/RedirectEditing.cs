using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Content.Redirects;

/// <summary>A reason a redirect cannot be added, and which field it is about ("FromPath" or "ToPath").</summary>
public sealed record RedirectProblem(string Field, string Message);

public sealed record RedirectChange(Redirect? Redirect, IReadOnlyList<RedirectProblem> Problems)
{
    public bool Succeeded => Redirect is not null && Problems.Count == 0;
}

/// <summary>Administrators add and remove redirects by hand; each is audited and reaches public requests at once.</summary>
public sealed class RedirectEditing(LocalOfferDbContext db, RedirectCacheLoader cache, TimeProvider clock)
{
    public const string FromField = nameof(Redirect.FromPath);
    public const string ToField = nameof(Redirect.ToPath);

    private const int MaxChainChecked = 20;

    private readonly AuditTrail audit = new(db, clock);

    public async Task<RedirectChange> AddAsync(string? from, string? to, Editor editor)
    {
        if (!editor.IsAdministrator)
        {
            return new(null, [new(FromField, "Only administrators can manage redirects.")]);
        }

        var problems = new List<RedirectProblem>();
        var fromProblem = LocalPath.Problem(from, "old address");
        var toProblem = LocalPath.Problem(to, "new address");
        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());

        // An archived page's address is free: redirecting it elsewhere is often why it was archived.
        var pages = tree.All.Where(n => !tree.IsArchived(n.Key)).ToDictionary(n => LocalPath.Normalise(tree.PathOf(n.Key)), n => n.Key);
        var redirects = await db.Redirects.AsNoTracking().ToDictionaryAsync(r => r.FromPath);
        var fromPath = fromProblem is null ? LocalPath.Normalise(from!) : null;
        if (fromProblem is not null)
        {
            problems.Add(new(FromField, fromProblem));
        }
        else if (fromPath == "/" || pages.ContainsKey(fromPath!))
        {
            problems.Add(new(FromField, $"There is a page at {fromPath}. Redirects are for addresses that no longer have a page: move or archive the page first."));
        }
        else if (redirects.ContainsKey(fromPath!))
        {
            problems.Add(new(FromField, $"There is already a redirect from {fromPath}. Remove it first if it should go somewhere else."));
        }

        var toTyped = to?.Trim() ?? "";
        var toPath = toProblem is null ? LocalPath.Normalise(toTyped) : null;
        if (toProblem is not null)
        {
            problems.Add(new(ToField, toProblem));
        }
        else if (toPath == fromPath)
        {
            problems.Add(new(ToField, "The new address must be different from the old address."));
        }
        else if (fromPath is not null && LeadsBackTo(fromPath, toPath!, redirects))
        {
            problems.Add(new(ToField, $"{toTyped} already redirects back to {fromPath}, which would make a loop."));
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        // A page's address is stored as the page itself, so the redirect follows it when it moves.
        var targetPage = !toTyped.Contains('?', StringComparison.Ordinal) && pages.TryGetValue(toPath!, out var key) ? key : (Guid?)null;
        var redirect = new Redirect
        {
            FromPath = fromPath!,
            ToNodeKey = targetPage,
            ToPath = targetPage is null ? toTyped : null,
            IsAutomatic = false,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = editor.Id,
        };
        db.Redirects.Add(redirect);
        audit.Record(editor, AuditAction.Added, new AuditSubject(AuditCapability.Redirect, fromPath), $"{fromPath} → {toTyped}");
        await db.SaveChangesAsync();
        await cache.RefreshAsync();
        return new(redirect, []);
    }

    public async Task<bool> RemoveAsync(long id, Editor editor)
    {
        if (!editor.IsAdministrator || await db.Redirects.SingleOrDefaultAsync(r => r.Id == id) is not { } redirect)
        {
            return false;
        }

        db.Redirects.Remove(redirect);
        audit.Record(editor, AuditAction.Removed, new AuditSubject(AuditCapability.Redirect, redirect.FromPath), $"{redirect.FromPath} → {redirect.ToPath ?? redirect.ToNodeKey.ToString()}");
        await db.SaveChangesAsync();
        await cache.RefreshAsync();
        return true;
    }

    private static bool LeadsBackTo(string fromPath, string toPath, IReadOnlyDictionary<string, Redirect> redirects)
    {
        var current = toPath;
        for (var hop = 0; hop < MaxChainChecked && redirects.TryGetValue(current, out var next) && next.ToPath is { } nextPath; hop++)
        {
            current = LocalPath.Normalise(nextPath);
            if (current == fromPath)
            {
                return true;
            }
        }

        return false;
    }
}
