using System.Net.Sockets;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BcpLocalOffer.UnitTests.Data;

/// <summary>What makes the site answer 503 "not available just now" rather than 500 "a problem with the service".</summary>
public class DatabaseOutageTests
{
    [Theory]
    [InlineData("57P01")] // terminated by the administrator: a restart or failover
    [InlineData("57P03")] // the server is starting up
    [InlineData("08006")] // the connection failed
    [InlineData("53300")] // too many connections
    [InlineData("55000")] // the database does not accept connections now
    public void A_server_that_is_away_is_an_outage(string sqlState) =>
        Assert.True(DatabaseOutage.IsOutage(new DbUpdateException("save failed", Postgres(sqlState))));

    [Fact]
    public void A_connection_that_cannot_be_made_is_an_outage() =>
        Assert.True(DatabaseOutage.IsOutage(new InvalidOperationException("transient", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))));

    [Theory]
    [InlineData(5)] // busy
    [InlineData(14)] // cannot open the file
    public void A_SQLite_file_that_cannot_be_used_is_an_outage(int code) =>
        Assert.True(DatabaseOutage.IsOutage(new SqliteException("unusable", code)));

    [Theory]
    [InlineData("23505")] // a unique violation: our bug or a replay, not an outage
    [InlineData("42P01")] // a missing table: a migration problem
    public void A_server_that_refuses_a_statement_is_not_an_outage(string sqlState) =>
        Assert.False(DatabaseOutage.IsOutage(new DbUpdateException("save failed", Postgres(sqlState))));

    [Fact]
    public void A_fault_in_our_code_is_not_an_outage()
    {
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("Sequence contains no elements")));
        Assert.False(DatabaseOutage.IsOutage(new SqliteException("constraint failed", 19)));
    }

    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);
}
