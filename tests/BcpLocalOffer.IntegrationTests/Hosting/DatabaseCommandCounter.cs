using System.Data.Common;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// Counts the commands EF Core sends while a request is being served, so a test can prove a page
/// view sent none. Background work is not a request's: the change-feed follower's reads (also
/// tagged), the analytics writer flushing the visits those pages counted, retention and scheduling
/// run on their own timers, and counting them made these tests fail whenever a timer fired mid-test.
/// </summary>
public sealed class DatabaseCommandCounter : DbCommandInterceptor
{
    // HttpContextAccessor keeps the current request in an AsyncLocal: any instance sees the request whose work this is.
    private static readonly HttpContextAccessor Requests = new();

    private int count;

    public int Count => Volatile.Read(ref count);

    private void Record(DbCommand command)
    {
        if (Requests.HttpContext is not null && !command.CommandText.Contains(ChangeFeedFollower.QueryTag, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref count);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
