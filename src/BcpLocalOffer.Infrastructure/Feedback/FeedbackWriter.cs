using System.Threading.Channels;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>What was stored for a submission (or what had been stored already, for a replay).</summary>
public sealed record StoredFeedback(string Reference, bool WasReplay);

/// <summary>
/// Writes submissions with group commit: each request waits on a channel until the transaction
/// holding its batch has committed, so "thank you" always means a committed row, and a burst of
/// submissions costs one commit (one fsync on SQLite) per batch rather than one per submission.
/// The submission key is unique, so a double click or a replay makes one row and gets its reference.
/// </summary>
public sealed class FeedbackWriter(IServiceScopeFactory scopes, ILogger<FeedbackWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    public async Task<StoredFeedback> SubmitAsync(FeedbackItem item, string? email, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(item, email);
        await queue.Writer.WriteAsync(pending, cancellationToken);
        // Not cancelled with the request: once queued, the row is written whether or not the browser waits.
        return await pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: write what is already queued, so no waiting request is dropped.
            queue.Writer.TryComplete();
            await DrainAsync(batch);
        }
    }

    private async Task DrainAsync(List<Pending> batch)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await WriteAsync(batch);
            }
            catch (Exception exception)
            {
                // A replay of a stored key (or another node storing it first) fails the whole batch; one by one, each gets its own answer.
                logger.LogInformation(exception, "A feedback batch of {Count} was refused; writing its submissions one by one", batch.Count);
                foreach (var one in batch)
                {
                    try
                    {
                        await WriteAsync([one]);
                    }
                    catch (Exception single)
                    {
                        one.Done.TrySetException(single);
                    }
                }
            }
        }
    }

    private async Task WriteAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var fresh = new Dictionary<string, Pending>();
        foreach (var pending in batch)
        {
            fresh.TryAdd(pending.Item.SubmissionKey, pending);
        }

        // Replays are rare: only a batch of one (the retry after a failed batch, or a quiet moment)
        // looks for an existing row first; a larger batch relies on the unique index and, if it
        // hits a stored key, fails and comes back here one submission at a time.
        if (batch.Count == 1)
        {
            var key = batch[0].Item.SubmissionKey;
            var stored = await db.FeedbackItems.AsNoTracking().Where(i => i.SubmissionKey == key).Select(i => i.Reference).SingleOrDefaultAsync();
            if (stored is not null)
            {
                batch[0].Done.TrySetResult(new StoredFeedback(stored, true));
                return;
            }
        }

        // Multi-row inserts rather than change tracking: under load the writer is what every waiting
        // request waits for. Contact details need their comment's generated id, read back by
        // submission key in the same transaction; most comments come without them.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkInsert.InsertAsync(db, fresh.Values.Select(p => p.Item).ToList());
        var replyTo = fresh.Values.Where(p => p.Email is not null).ToDictionary(p => p.Item.SubmissionKey);
        if (replyTo.Count > 0)
        {
            var keys = replyTo.Keys.ToList();
            var ids = await db.FeedbackItems.Where(i => keys.Contains(i.SubmissionKey)).Select(i => new { i.SubmissionKey, i.Id }).ToListAsync();
            await BulkInsert.InsertAsync(db, ids.Select(i => new FeedbackContact
            {
                FeedbackId = i.Id,
                Email = replyTo[i.SubmissionKey].Email!,
                ReceivedAtUtc = replyTo[i.SubmissionKey].Item.ReceivedAtUtc,
            }).ToList());
        }

        await transaction.CommitAsync();

        foreach (var pending in batch)
        {
            var first = fresh[pending.Item.SubmissionKey];
            pending.Done.TrySetResult(new StoredFeedback(first.Item.Reference, !ReferenceEquals(first, pending)));
        }
    }

    private sealed class Pending(FeedbackItem item, string? email)
    {
        public FeedbackItem Item { get; } = item;

        public string? Email { get; } = email;

        public TaskCompletionSource<StoredFeedback> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
