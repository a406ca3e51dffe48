using System.Text;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BcpLocalOffer.Infrastructure.Analytics;

/// <summary>
/// Inserts a batch of raw events as multi-row INSERT statements in one transaction. Change tracking
/// costs several times the insert itself for rows nobody reads back, and clicks arrive by the
/// thousand a second at busy times; the values still go through EF Core's parameters, so each
/// provider stores them exactly as the model maps them (dates, UTC times, kinds as text).
/// </summary>
internal static class AnalyticsEventInsert
{
    private const int RowsPerStatement = 200;
    private const int ValuesPerRow = 7;

    public static async Task InsertAsync(LocalOfferDbContext db, IReadOnlyList<AnalyticsEvent> events, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var start = 0; start < events.Count; start += RowsPerStatement)
        {
            var rows = Math.Min(RowsPerStatement, events.Count - start);
            var values = new object?[rows * ValuesPerRow];
            for (var row = 0; row < rows; row++)
            {
                var e = events[start + row];
                var at = row * ValuesPerRow;
                values[at] = e.Date;
                values[at + 1] = e.AtUtc;
                values[at + 2] = e.Kind.ToString();
                values[at + 3] = e.Path;
                values[at + 4] = e.Target;
                values[at + 5] = e.Context;
                values[at + 6] = e.ResultCount;
            }

            // EF Core binds a null value as SQL NULL.
            await db.Database.ExecuteSqlRawAsync(Statement(sql, rows), values!, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string Statement(ISqlGenerationHelper sql, int rows)
    {
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier("AnalyticsEvents")).Append(" (");
        string[] columns = [nameof(AnalyticsEvent.Date), nameof(AnalyticsEvent.AtUtc), nameof(AnalyticsEvent.Kind), nameof(AnalyticsEvent.Path), nameof(AnalyticsEvent.Target), nameof(AnalyticsEvent.Context), nameof(AnalyticsEvent.ResultCount)];
        text.AppendJoin(", ", columns.Select(sql.DelimitIdentifier)).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < ValuesPerRow; column++)
            {
                text.Append(column == 0 ? "{" : ", {").Append(row * ValuesPerRow + column).Append('}');
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
