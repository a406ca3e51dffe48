using System.Globalization;
using BcpLocalOffer.IntegrationTests.Hosting;
using Xunit.Abstractions;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// What families actually type, checked against the page a SEND adviser would send them to. The
/// expectations come from the seeded content, not from what the search happens to return: a
/// query that misses here is a relevance problem to fix in the search, not in this list.
/// </summary>
[Collection(SearchCollection.Name)]
public class SearchRelevanceTests(LocalOfferFactory factory, ITestOutputHelper output) : IClassFixture<LocalOfferFactory>
{
    private const double RequiredTopThreeRate = 0.9;

    private const string EhcGuide = "/education/ehc-needs-assessments-and-plans";
    private const string AskingForAssessment = EhcGuide + "/asking-for-an-assessment";
    private const string AnnualReviews = EhcGuide + "/annual-reviews";
    private const string Disagree = EhcGuide + "/if-you-disagree";
    private const string Timeline = EhcGuide + "/the-20-week-timeline";
    private const string SenSupport = "/education/sen-support-in-schools-and-settings";
    private const string Travel = "/education/travel-to-school";
    private const string Speech = "/health-and-care/speech-language-and-communication";
    private const string Autism = "/health-and-care/autism-and-neurodevelopmental-pathway";
    private const string EmotionalWellbeing = "/health-and-care/emotional-wellbeing-and-mental-health";
    private const string Equipment = "/health-and-care/specialist-equipment";
    private const string HealthServices = "/health-and-care/health-services";
    private const string SocialCare = "/health-and-care/social-care-for-disabled-children";
    private const string ShortBreaks = "/short-breaks";
    private const string WhatShortBreaksAre = "/short-breaks/what-short-breaks-are";
    private const string WhoCanGetShortBreaks = "/short-breaks/who-can-get-short-breaks";
    private const string AskForShortBreak = "/short-breaks/how-to-ask-for-a-short-break";
    private const string ShortBreaksStatement = "/short-breaks/short-breaks-services-statement";
    private const string Money = "/money-and-personal-budgets";
    private const string DirectPayments = Money + "/direct-payments";
    private const string PersonalBudgets = Money + "/personal-budgets";
    private const string PersonalHealthBudgets = Money + "/personal-health-budgets";
    private const string Adulthood = "/preparing-for-adulthood";
    private const string AdultServices = Adulthood + "/moving-to-adult-services";
    private const string SupportedInternships = Adulthood + "/supported-internships";
    private const string Sendiass = "/help-and-advice/sendiass";
    private const string Complain = "/help-and-advice/how-to-complain";
    private const string LocalOffer = "/help-and-advice/what-the-local-offer-is";
    private const string ParentCarerForum = "/get-involved/parent-carer-forum";
    private const string SchoolAgeLearning = "/graduated-response/school-age/cognition-and-learning";
    private const string Post16Learning = "/graduated-response/post-16/cognition-and-learning";
    private const string SchoolAgeSemh = "/graduated-response/school-age/social-emotional-and-mental-health";
    private const string EarlyYearsSemh = "/graduated-response/early-years/social-emotional-and-mental-health";
    private const string Post16Semh = "/graduated-response/post-16/social-emotional-and-mental-health";
    private const string EarlyYears = "/graduated-response/early-years";
    private const string EarlyYearsSensory = EarlyYears + "/sensory-and-physical";
    private const string SchoolAgeSensory = "/graduated-response/school-age/sensory-and-physical";
    private const string Post16Sensory = "/graduated-response/post-16/sensory-and-physical";
    private const string EducationAfter16 = Adulthood + "/education-after-16";
    private const string IndependentLiving = Adulthood + "/independent-living-and-work";
    private const string WhatGoesInPlan = EhcGuide + "/what-goes-in-a-plan";
    private const string ContinuingCare = "/health-and-care/childrens-continuing-care";
    private const string Contact = "/contact";

    /// <summary>A query and the pages that answer it; any one of them in the top 3 counts.</summary>
    public sealed record RelevanceCase(string Query, params string[] Answers);

    public static readonly RelevanceCase[] Cases =
    [
        // Misspellings
        new("speach therapy", Speech),
        new("autsim", Autism),
        new("direkt payments", DirectPayments),
        new("tribunel", Disagree),
        new("anual reveiw", AnnualReviews),
        new("personel budget", PersonalBudgets),
        new("occupasional therapy", Equipment, HealthServices),
        new("dyslexsia", SchoolAgeLearning, Post16Learning),

        // Acronyms
        new("EHCP", EhcGuide),
        new("SENCo", SenSupport),
        new("SALT", Speech),
        new("CAMHS", EmotionalWellbeing),
        new("SEMH", SchoolAgeSemh, EarlyYearsSemh, Post16Semh),
        new("PfA", Adulthood),
        new("OT", Equipment, HealthServices),
        new("PHB", PersonalHealthBudgets),
        new("ADHD", Autism),
        new("SENDIASS", Sendiass),
        new("DCO", HealthServices),

        // Everyday words
        new("respite", ShortBreaks, WhatShortBreaksAre),
        new("holiday help", ShortBreaks, WhatShortBreaksAre, WhoCanGetShortBreaks, ShortBreaksStatement),
        new("money for care", DirectPayments, PersonalBudgets, Money),
        new("school taxi", Travel),
        new("my child is being excluded", SchoolAgeSemh, Sendiass),
        new("wheelchair", Equipment),
        new("job coach", SupportedInternships),
        new("parent support group", ParentCarerForum),
        new("carers assessment", SocialCare),
        new("mediation", Disagree),
        new("bus pass", Travel),
        new("anxiety", EmotionalWellbeing, SchoolAgeSemh, Post16Semh),

        // Questions
        new("how do I ask for an EHC assessment", AskingForAssessment),
        new("what happens at an annual review", AnnualReviews),
        new("can I get help with transport to college", Travel),
        new("how long does an EHC needs assessment take", Timeline),
        new("what is a local offer", LocalOffer),
        new("how do I complain about my child's school", Complain),
        new("what can I spend direct payments on", DirectPayments),
        new("what happens when my child turns 18", AdultServices),
        new("is my child eligible for short breaks", WhoCanGetShortBreaks, AskForShortBreak),
        new("does my child need a diagnosis to get support", SenSupport, Autism),

        // Added only after the search was tuned on the queries above, to show the tuning was not to this list
        new("sensory processing", SchoolAgeSensory, EarlyYearsSensory, Post16Sensory),
        new("hearing impairment", SchoolAgeSensory, EarlyYearsSensory, Post16Sensory),
        new("apprenticeship", EducationAfter16),
        new("statement of special educational needs", EhcGuide),
        new("speech therapist", Speech),
        new("nursery support", EarlyYears, SenSupport),
        new("how do I appeal", Disagree, Complain),
        new("independent living", IndependentLiving),
        new("which school will be named in the plan", WhatGoesInPlan, Timeline),
        new("complex health needs", ContinuingCare),
        new("phone number", Contact), // a known miss: the contact details come from settings, not the page's text
    ];

    [Fact]
    public async Task Families_find_the_right_page_in_the_top_three_for_at_least_nine_in_ten_searches()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        var inTopThree = 0;
        var reciprocalRanks = 0.0;
        var misses = new List<string>();

        foreach (var relevanceCase in Cases)
        {
            var response = await SearchApi.GetAsync(client, relevanceCase.Query);
            var urls = response.Results.Select(r => r.Url).Take(10).ToList();
            var rank = urls.FindIndex(url => relevanceCase.Answers.Contains(url)) + 1;
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
            if (rank is > 0 and <= 3)
            {
                inTopThree++;
            }
            else
            {
                misses.Add($"'{relevanceCase.Query}' wanted {string.Join(" or ", relevanceCase.Answers)}, "
                    + (rank > 0 ? $"found at {rank}" : "not in the top 10")
                    + $"; top 3: {string.Join(", ", urls.Take(3))}");
            }
        }

        var rate = inTopThree / (double)Cases.Length;
        var meanReciprocalRank = reciprocalRanks / Cases.Length;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Search relevance: {inTopThree}/{Cases.Length} in top 3 ({rate * 100:0.0}%), MRR {meanReciprocalRank:0.00}");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var miss in misses)
        {
            output.WriteLine("  miss: " + miss);
            Console.WriteLine("  miss: " + miss);
        }

        Assert.True(rate >= RequiredTopThreeRate, summary + Environment.NewLine + string.Join(Environment.NewLine, misses));
    }
}
