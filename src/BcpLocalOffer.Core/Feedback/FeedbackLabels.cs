namespace BcpLocalOffer.Core.Feedback;

/// <summary>The words families and the board see for the feedback enums, and the slugs forms send.</summary>
public static class FeedbackLabels
{
    public static string Label(this FeedbackRole role) => role switch
    {
        FeedbackRole.ParentOrCarer => "Parent or carer",
        FeedbackRole.YoungPerson => "Young person",
        FeedbackRole.Professional => "Professional",
        _ => "Other",
    };

    public static string Slug(this FeedbackRole role) => role switch
    {
        FeedbackRole.ParentOrCarer => "parent-or-carer",
        FeedbackRole.YoungPerson => "young-person",
        FeedbackRole.Professional => "professional",
        _ => "other",
    };

    public static string Label(this PageProblem problem) => problem switch
    {
        PageProblem.OutOfDate => "It is out of date",
        PageProblem.HardToUnderstand => "It is hard to understand",
        PageProblem.MissingInformation => "Information is missing",
        PageProblem.BrokenLink => "A link does not work",
        _ => "Something else",
    };

    public static string Slug(this PageProblem problem) => problem switch
    {
        PageProblem.OutOfDate => "out-of-date",
        PageProblem.HardToUnderstand => "hard-to-understand",
        PageProblem.MissingInformation => "missing-information",
        PageProblem.BrokenLink => "broken-link",
        _ => "other",
    };

    public static string Label(this ServiceProblem problem) => problem switch
    {
        ServiceProblem.Closed => "It has closed or stopped running",
        ServiceProblem.WrongContactDetails => "The contact details are wrong",
        ServiceProblem.WrongTimes => "The times or dates are wrong",
        ServiceProblem.WrongCost => "The cost is wrong",
        ServiceProblem.NotAsDescribed => "It is not suitable as described",
        _ => "Something else",
    };

    public static string Slug(this ServiceProblem problem) => problem switch
    {
        ServiceProblem.Closed => "closed",
        ServiceProblem.WrongContactDetails => "wrong-contact-details",
        ServiceProblem.WrongTimes => "wrong-times",
        ServiceProblem.WrongCost => "wrong-cost",
        ServiceProblem.NotAsDescribed => "not-as-described",
        _ => "something-else",
    };

    public static ServiceProblem? ParseServiceProblem(string? slug) => Enum.GetValues<ServiceProblem>().Cast<ServiceProblem?>().FirstOrDefault(p => p!.Value.Slug() == slug);

    public static string Label(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => "New",
        FeedbackStatus.InProgress => "In progress",
        _ => "Closed",
    };

    public static string Slug(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => "new",
        FeedbackStatus.InProgress => "in-progress",
        _ => "closed",
    };

    public static FeedbackRole? ParseRole(string? slug) => Enum.GetValues<FeedbackRole>().Cast<FeedbackRole?>().FirstOrDefault(r => r!.Value.Slug() == slug);

    public static PageProblem? ParseProblem(string? slug) => Enum.GetValues<PageProblem>().Cast<PageProblem?>().FirstOrDefault(p => p!.Value.Slug() == slug);

    public static FeedbackStatus? ParseStatus(string? slug) => Enum.GetValues<FeedbackStatus>().Cast<FeedbackStatus?>().FirstOrDefault(s => s!.Value.Slug() == slug);
}
