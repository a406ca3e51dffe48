using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>
/// Work that one node at a time may do (a periodic job, the first start's seed import), named. With
/// PostgreSQL it is a session advisory lock, held by a connection of its own, so a node that dies
/// releases it with its connection. SQLite serves one node, so a lock in this process is enough.
/// </summary>
public sealed class ClusterLock(IOptions<LocalOfferOptions> options, DataFolder folder)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new();

    /// <summary>The lock if no other node holds it, otherwise null at once. Dispose to release.</summary>
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken = default) =>
        AcquireAsync(name, wait: false, cancellationToken);

    /// <summary>Waits until no other node holds the lock. Dispose to release.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default) =>
        (await AcquireAsync(name, wait: true, cancellationToken))!;

    private async Task<IAsyncDisposable?> AcquireAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        var database = options.Value.Database;
        if (database.Provider != DatabaseProvider.Postgres)
        {
            var gate = InProcess.GetOrAdd((database.ConnectionString ?? folder.SqliteFile) + "|" + name, _ => new SemaphoreSlim(1, 1));
            if (wait)
            {
                await gate.WaitAsync(cancellationToken);
            }
            else if (!await gate.WaitAsync(0, cancellationToken))
            {
                return null;
            }

            return new InProcessHold(gate);
        }

        // Not pooled: a pooled connection would carry the lock back to the pool if a release were missed.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var key = KeyOf(name);
            await using var command = new NpgsqlCommand(wait ? "SELECT pg_advisory_lock(@key)::text" : "SELECT pg_try_advisory_lock(@key)::text", connection);
            command.Parameters.AddWithValue("key", key);
            var answer = await command.ExecuteScalarAsync(cancellationToken) as string;
            if (!wait && answer != "true")
            {
                await connection.DisposeAsync();
                return null;
            }

            return new AdvisoryHold(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static long KeyOf(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("BcpLocalOffer:" + name)), 0);

    private sealed class InProcessHold(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class AdvisoryHold(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
