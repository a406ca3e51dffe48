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
}
