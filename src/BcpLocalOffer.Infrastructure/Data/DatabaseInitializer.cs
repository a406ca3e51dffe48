using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>Brings the schema up to date at start, and puts SQLite in WAL mode so readers never wait for a writer.</summary>
public sealed class DatabaseInitializer(LocalOfferDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
