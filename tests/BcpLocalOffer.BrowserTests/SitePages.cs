namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// One seeded page of each page type (view), so every template the site has is exercised.
/// </summary>
public static class SitePages
{
    public const string Home = "/";
    public const string Section = "/short-breaks";
    public const string Content = "/money-and-personal-budgets/direct-payments";
    public const string Guide = "/education/ehc-needs-assessments-and-plans";
    public const string GuidePart = "/education/ehc-needs-assessments-and-plans/the-20-week-timeline";
    public const string GraduatedResponse = "/graduated-response/school-age/communication-and-interaction";
    public const string Unknown = "/no-such-page";

    public static TheoryData<string> EveryPageType =>
        [Home, Section, Content, Guide, GuidePart, GraduatedResponse];
}
