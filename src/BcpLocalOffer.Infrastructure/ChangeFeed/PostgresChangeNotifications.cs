using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>
/// Listens on PostgreSQL's change channel (a trigger on the feed table notifies it when an entry
/// commits) and wakes the follower at once. Its connection is its own and reconnects by itself; a
/// notification lost meanwhile only waits for the follower's next poll.
/// </summary>
public sealed class PostgresChangeNotifications(
    ChangeFeedSignal signal,
    IOptions<LocalOfferOptions> options,
    ILogger<PostgresChangeNotifications> logger) : BackgroundService
{
    /// <summary>The channel the feed table's trigger notifies (see the ChangeFeed migration).</summary>
    public const string Channel = "localoffer_changes";

    /// <summary>True while this node is listening.</summary>
    public bool IsListening { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(options.Value.Database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 15,
        }.ConnectionString;
        var retry = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, _) => signal.Raise();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                IsListening = true;
                retry = TimeSpan.FromSeconds(1);
                logger.LogInformation("Listening for changes from the other nodes");

                // Whatever happened while this connection was down is read now, not at the next poll.
                signal.Raise();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                if (IsListening)
                {
                    logger.LogWarning(exception, "Lost the change notifications connection; reconnecting (the poll carries on meanwhile)");
                }

                IsListening = false;
                await Task.Delay(retry, stoppingToken);
                retry = TimeSpan.FromSeconds(Math.Min(30, retry.TotalSeconds * 2));
            }
        }

        IsListening = false;
    }
}
