namespace BcpLocalOffer.Core.Feedback;

/// <summary>How long each field may be, shared by the forms, the database and the tests.</summary>
public static class FeedbackLimits
{
    public const int CommentLength = 2000;
    public const int ImprovementLength = 1000;
    public const int ProblemDetailLength = 500;
    public const int EmailLength = 254;
    public const int NoteLength = 2000;
    public const int PagePathLength = 400;
    public const int ReplyLength = 5000;
    public const int FixedByLength = 300;
}
