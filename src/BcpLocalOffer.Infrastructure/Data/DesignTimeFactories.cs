using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BcpLocalOffer.Infrastructure.Data;

// Used only by `dotnet ef migrations add`: each provider keeps its own migrations folder.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLocalOfferDbContext>
{
    public SqliteLocalOfferDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLocalOfferDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLocalOfferDbContext>
{
    public PostgresLocalOfferDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLocalOfferDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
