using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure.Workflow;

/// <summary>One thing in the work queue, whatever kind of content it is.</summary>
/// <param name="Address">Its review page in the back office.</param>
/// <param name="Owner">The organisation that keeps it, for the kinds that have one (pages, services).</param>
/// <param name="FromAnotherOrganisation">Someone outside the owner changed it since it was last approved: a proposal.</param>
public sealed record WorkItem(
    AuditCapability Kind,
    string Title,
    string Address,
    WorkflowState State,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? ReviewedBy,
    string? Comment,
    IReadOnlyList<string> Contributors,
    string? Owner = null,
    bool FromAnotherOrganisation = false);

/// <summary>What every kind of reviewable content tells the work queue.</summary>
public interface IReviewQueue
{
    /// <summary>Everything of this kind waiting for review or back with its writers: submitted, returned and drafts.</summary>
    Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The one work queue, read from every kind of reviewable content: for the board, everything
/// submitted for approval that they did not write, oldest first; for everyone, what they drafted
/// or changed that is not submitted yet, and what was sent back to them with the comment.
/// </summary>
public sealed class WorkQueue(IEnumerable<IReviewQueue> kinds, Contributors contributors)
{
    // Scoped to a request: the dashboard and the back-office frame's counts read the queue once between them.
    private readonly Dictionary<string, Task<EditorWork>> read = [];

    public Task<EditorWork> ForAsync(Editor editor, CancellationToken cancellationToken = default)
    {
        if (!read.TryGetValue(editor.Id, out var work))
        {
            work = ReadAsync(editor, cancellationToken);
            read[editor.Id] = work;
        }

        return work;
    }

    private async Task<EditorWork> ReadAsync(Editor editor, CancellationToken cancellationToken)
    {
        var open = new List<WorkItem>();
        foreach (var kind in kinds)
        {
            open.AddRange(await kind.OpenItemsAsync(cancellationToken));
        }

        IReadOnlyList<WorkItem> toReview = editor.CanPublish
            ? await MarkProposalsAsync([.. open.Where(i => i.State == WorkflowState.Submitted && !i.Contributors.Contains(editor.Id, StringComparer.Ordinal))
                .OrderBy(i => i.SubmittedAt ?? DateTimeOffset.MaxValue)], cancellationToken)
            : [];
        var mine = open.Where(i => i.Contributors.Contains(editor.Id, StringComparer.Ordinal)).ToList();
        return new EditorWork(
            toReview,
            [.. mine.Where(i => i.State == WorkflowState.ChangesRequested)],
            [.. mine.Where(i => i.State == WorkflowState.Draft)],
            [.. mine.Where(i => i.State == WorkflowState.Submitted).OrderBy(i => i.SubmittedAt)]);
    }

    /// <summary>Marks the items the board should know are another organisation's proposal, with one lookup of everyone involved.</summary>
    private async Task<IReadOnlyList<WorkItem>> MarkProposalsAsync(IReadOnlyList<WorkItem> items, CancellationToken cancellationToken)
    {
        var people = (await contributors.DescribeAsync([.. items.Where(i => i.Owner is not null).SelectMany(i => i.Contributors).Distinct(StringComparer.Ordinal)], cancellationToken))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        return [.. items.Select(i => i.Owner is { } owner && i.Contributors.Any(id => people.TryGetValue(id, out var person) && person.IsFromAnotherOrganisation(owner))
            ? i with { FromAnotherOrganisation = true }
            : i)];
    }
}

/// <param name="ToReview">Submitted by others for the board's approval, oldest first; empty for authors.</param>
/// <param name="SentBack">The editor's changes returned with a comment.</param>
/// <param name="Drafts">The editor's drafts not yet submitted.</param>
/// <param name="Submitted">The editor's changes waiting for someone else's review.</param>
public sealed record EditorWork(IReadOnlyList<WorkItem> ToReview, IReadOnlyList<WorkItem> SentBack, IReadOnlyList<WorkItem> Drafts, IReadOnlyList<WorkItem> Submitted);

public static class WorkQueueRegistration
{
    /// <summary>Registers a kind of reviewable content (already registered as itself) as a source of the work queue.</summary>
    public static IServiceCollection AddReviewQueue<TKind>(this IServiceCollection services)
        where TKind : class, IReviewQueue =>
        services.AddScoped<IReviewQueue>(provider => provider.GetRequiredService<TKind>());
}
