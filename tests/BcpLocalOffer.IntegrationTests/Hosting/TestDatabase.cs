using Npgsql;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// The integration tests run against SQLite by default. When LOCALOFFER_TEST_POSTGRES holds a
/// connection string to a PostgreSQL server (.ci/run starts one), they run against PostgreSQL,
/// each factory in a database of its own that is dropped afterwards.
/// </summary>
public static class TestDatabase
{
    public const string PostgresVariable = "LOCALOFFER_TEST_POSTGRES";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsPostgres => PostgresServer is not null;

    public static string NewPostgresDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;

    public static async Task DropPostgresDatabaseAsync(string name)
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Takes a test's database away (connections refused, open ones ended) or brings it back: a real
    /// outage as a failover or a restart of the server looks to the site.
    /// </summary>
    public static async Task SetPostgresConnectionsAllowedAsync(string name, bool allowed)
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", connection);
        await alter.ExecuteNonQueryAsync();
        if (!allowed)
        {
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
            terminate.Parameters.AddWithValue("name", name);
            await terminate.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>A test that needs a PostgreSQL server (a database outage cannot be staged with SQLite's embedded file).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = $"Runs on PostgreSQL only: set {TestDatabase.PostgresVariable} (.ci/run does).";
        }
    }
}
