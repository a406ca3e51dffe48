using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace BcpLocalOffer.UnitTests.Data;

/// <summary>
/// The site starts from the compiled EF Core models in Data/CompiledModels (building the model from
/// OnModelCreating cost a restart most of a second). A compiled model left behind by a model change
/// would read and write the old shape, so each must match the model the code describes.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_matches_the_model_the_code_describes(string provider)
    {
        using LocalOfferDbContext db = provider == "Sqlite"
            ? new SqliteLocalOfferDbContext(new DbContextOptionsBuilder<SqliteLocalOfferDbContext>().UseSqlite("Data Source=:memory:").Options)
            : new PostgresLocalOfferDbContext(new DbContextOptionsBuilder<PostgresLocalOfferDbContext>().UseNpgsql("Host=127.0.0.1;Database=model-only").Options);

        var compiled = db.Model;
        var described = db.GetService<IDesignTimeModel>().Model;
        Assert.NotSame(described, compiled);
        Assert.Equal(
            described.GetEntityTypes().Select(e => e.Name).Order(),
            compiled.GetEntityTypes().Select(e => e.Name).Order());

        var stale = Shape(described).Except(Shape(compiled)).Concat(Shape(compiled).Except(Shape(described))).ToList();
        Assert.True(stale.Count == 0,
            $"The compiled {provider} model is out of date (differs in: {string.Join("; ", stale.Take(5))}). " +
            $"From src/BcpLocalOffer.Infrastructure run: dotnet ef dbcontext optimize --context {provider}LocalOfferDbContext " +
            $"--output-dir Data/CompiledModels/{provider} --namespace BcpLocalOffer.Infrastructure.Data.CompiledModels.{provider}");
    }

    /// <summary>What reads and writes depend on: tables, columns and their types, keys, relationships, indexes.</summary>
    private static IEnumerable<string> Shape(IModel model) => model.GetEntityTypes().SelectMany(entity =>
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? "", entity.GetSchema());
        return new[] { $"{entity.Name} in {entity.GetTableName()}" }
            .Concat(entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name}: {p.ClrType.Name} column {p.GetColumnName(table)} nullable {p.IsNullable} max {p.GetMaxLength()} " +
                $"converter {p.GetValueConverter()?.ProviderClrType.Name} generated {p.ValueGenerated} concurrency {p.IsConcurrencyToken}"))
            .Concat(entity.GetKeys().Select(k => $"{entity.Name} key ({Names(k.Properties)}) primary {k.IsPrimaryKey()}"))
            .Concat(entity.GetForeignKeys().Select(f => $"{entity.Name} foreign key ({Names(f.Properties)}) to {f.PrincipalEntityType.Name} on delete {f.DeleteBehavior}"))
            .Concat(entity.GetIndexes().Select(i => $"{entity.Name} index ({Names(i.Properties)}) unique {i.IsUnique}"));
    });

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(", ", properties.Select(p => p.Name));
}
