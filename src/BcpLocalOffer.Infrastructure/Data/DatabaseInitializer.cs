using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>
/// Brings the schema up to date at start, one node at a time, and puts SQLite in WAL mode so readers
/// never wait for a writer.
/// </summary>
public sealed class DatabaseInitializer(LocalOfferDbContext db, ClusterLock locks, ILogger<DatabaseInitializer> logger)
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
        else
        {
            await CreateDatabaseUnlessItExistsAsync(cancellationToken);
        }

        // Nodes starting together would otherwise both apply the first migration, and the second fails
        // on a table the first created. The lock needs the database to exist, hence the step above.
        await using var turn = await locks.AcquireAsync("schema", cancellationToken);
        // The migrations history table first, empty on a new database: Npgsql finds out whether it
        // exists by reading it, which logs a failed command (an error in the log of every first
        // start) each time EF asks before it is there.
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    private async Task CreateDatabaseUnlessItExistsAsync(CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
            logger.LogInformation("Created the database");
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it a moment ago.
        }
    }
}
