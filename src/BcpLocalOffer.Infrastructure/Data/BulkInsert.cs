using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>
/// Inserts many new rows of one entity type as multi-row INSERT statements, for the writers that
/// take rows by the thousand (analytics events, feedback under load), where change tracking costs
/// several times the insert itself. Columns and values come from the EF Core model: each property's
/// column name and value converter, and EF Core's parameters, so each provider stores the rows
/// exactly as SaveChanges would. Store-generated keys are left to the database. Runs in the
/// caller's transaction when there is one.
/// </summary>
public static class BulkInsert
{
    // Far under SQLite's and PostgreSQL's limits: Microsoft.Data.Sqlite finds each named parameter
    // by a scan of the statement's parameters, so binding costs grow with the square of their number.
    private const int MaxParametersPerStatement = 256;

    public static async Task InsertAsync<T>(LocalOfferDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var converters = columns.Select(c => c.GetTypeMapping().Converter).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var rowsPerStatement = Math.Max(1, MaxParametersPerStatement / columns.Length);
        // Every statement but perhaps the last has the same rows, so the same text.
        var fullCount = Math.Min(rowsPerStatement, rows.Count);
        var fullStatement = Statement(sql, table, columns, fullCount);

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                var values = new object?[count * columns.Length];
                for (var row = 0; row < count; row++)
                {
                    for (var column = 0; column < columns.Length; column++)
                    {
                        var value = getters[column].GetClrValue(rows[start + row]);
                        values[row * columns.Length + column] = converters[column] is { } converter && value is not null ? converter.ConvertToProvider(value) : value;
                    }
                }

                // EF Core binds a null value as SQL NULL.
                var statement = count == fullCount ? fullStatement : Statement(sql, table, columns, count);
                await db.Database.ExecuteSqlRawAsync(statement, values!, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private static string Statement(ISqlGenerationHelper sql, StoreObjectIdentifier table, IProperty[] columns, int rows)
    {
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))
            .Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                text.Append(column == 0 ? "{" : ", {").Append(row * columns.Length + column).Append('}');
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
