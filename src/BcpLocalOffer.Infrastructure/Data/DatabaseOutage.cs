using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>
/// Tells an exception that means "the database is away" (unreachable, restarting, failing over, out
/// of connections) from a fault in our code, so the site can answer 503 with a clear message rather
/// than a 500, and so a monitor can tell the two apart.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    // 08: connection exception; 53: insufficient resources; 57P: operator intervention
                    // (shutdown, restart, failover); 55000: the database does not accept connections now.
                    if (postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState == "55000")
                    {
                        return true;
                    }

                    return false;
                case NpgsqlException:
                    // Not a server error: the connection itself failed or timed out.
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 10 or 13 or 14:
                    // Busy, locked, disk I/O error, disk full, cannot open.
                    return true;
                case SocketException or TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
