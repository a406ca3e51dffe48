namespace BcpLocalOffer.Core.Content;

/// <summary>
/// Every page has a review-by date because the inspection found the old Local Offer out of date.
/// </summary>
public static class ReviewStatus
{
    public static bool IsOverdue(DateOnly reviewBy, DateOnly today) => reviewBy < today;
}
