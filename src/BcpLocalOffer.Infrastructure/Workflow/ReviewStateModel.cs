using System.Linq.Expressions;
using BcpLocalOffer.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BcpLocalOffer.Infrastructure.Workflow;

/// <summary>
/// Every reviewable table stores its review state in the same columns, mapped once here as a
/// complex property (columns on the item's own table, so saving a review saves the item and the
/// change feed sees the item change).
/// </summary>
public static class ReviewStateModel
{
    public const int AccountIdLength = 256;
    public const int CommentLength = 2000;

    public static void HasReviewState<TItem>(this EntityTypeBuilder<TItem> item, Expression<Func<TItem, ReviewState?>> review)
        where TItem : class, IReviewable =>
        item.ComplexProperty(review, state =>
        {
            state.IsRequired();
            state.Property(r => r.State).HasColumnName("State").HasConversion<string>().HasMaxLength(20);
            state.Property(r => r.Revision).HasColumnName("Revision").HasDefaultValue(1);
            state.Property(r => r.Contributors).HasColumnName("Contributors").HasDefaultValue("");
            state.Property(r => r.SubmittedBy).HasColumnName("SubmittedBy").HasMaxLength(AccountIdLength);
            state.Property(r => r.SubmittedAt).HasColumnName("SubmittedAt");
            state.Property(r => r.ReviewedBy).HasColumnName("ReviewedBy").HasMaxLength(AccountIdLength);
            state.Property(r => r.ReviewedAt).HasColumnName("ReviewedAt");
            state.Property(r => r.Comment).HasColumnName("ReviewComment").HasMaxLength(CommentLength);
        });
}
