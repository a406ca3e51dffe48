namespace BcpLocalOffer.Tests.Shared;

/// <summary>
/// 160 searches written as a parent or young person would type them (everyday words for a need,
/// misspellings, acronyms, whole questions, phrases that name no official term), spread over every
/// part of the site, each with the pages a SEND adviser would send them to; any one of them counts.
/// The answers come from what the pages say, not from what search returns. SearchRelevanceTests
/// keeps the first 52 queries as they were; this set is measured against a plain Lucene index of
/// the same documents, by FamiliesRelevanceTests and by the benchmark's --relevance mode.
/// </summary>
public static class FamiliesRelevanceSet
{
    private const string Ehc = "/education/ehc-needs-assessments-and-plans";
    private const string Asking = Ehc + "/asking-for-an-assessment";
    private const string AnnualReviews = Ehc + "/annual-reviews";
    private const string Disagree = Ehc + "/if-you-disagree";
    private const string Timeline = Ehc + "/the-20-week-timeline";
    private const string WhatGoesIn = Ehc + "/what-goes-in-a-plan";
    private const string Exclusions = "/education/exclusions-and-part-time-timetables";
    private const string CannotGo = "/education/when-your-child-cannot-go-to-school";
    private const string SenSupport = "/education/sen-support-in-schools-and-settings";
    private const string Travel = "/education/travel-to-school";
    private const string CoProduction = "/get-involved/co-production-charter-and-pledge";
    private const string ImprovingSend = "/get-involved/improving-send";
    private const string GetInvolved = "/get-involved";
    private const string Forum = "/get-involved/parent-carer-forum";
    private const string Graduated = "/graduated-response";
    private const string EarlyYears = Graduated + "/early-years";
    private const string Post16 = Graduated + "/post-16";
    private const string SchoolAge = Graduated + "/school-age";
    private const string Autism = "/health-and-care/autism-and-neurodevelopmental-pathway";
    private const string ContinuingCare = "/health-and-care/childrens-continuing-care";
    private const string Wellbeing = "/health-and-care/emotional-wellbeing-and-mental-health";
    private const string Health = "/health-and-care/health-services";
    private const string SocialCare = "/health-and-care/social-care-for-disabled-children";
    private const string Equipment = "/health-and-care/specialist-equipment";
    private const string Speech = "/health-and-care/speech-language-and-communication";
    private const string Glossary = "/help-and-advice/glossary";
    private const string Complain = "/help-and-advice/how-to-complain";
    private const string Sendiass = "/help-and-advice/sendiass";
    private const string WhatLocalOfferIs = "/help-and-advice/what-the-local-offer-is";
    private const string Money = "/money-and-personal-budgets";
    private const string DirectPayments = Money + "/direct-payments";
    private const string PersonalBudgets = Money + "/personal-budgets";
    private const string HealthBudgets = Money + "/personal-health-budgets";
    private const string Adulthood = "/preparing-for-adulthood";
    private const string After16 = Adulthood + "/education-after-16";
    private const string IndependentLiving = Adulthood + "/independent-living-and-work";
    private const string AdultServices = Adulthood + "/moving-to-adult-services";
    private const string Internships = Adulthood + "/supported-internships";
    private const string ShortBreaks = "/short-breaks";
    private const string AskForBreak = ShortBreaks + "/how-to-ask-for-a-short-break";
    private const string BreaksStatement = ShortBreaks + "/short-breaks-services-statement";
    private const string WhatBreaksAre = ShortBreaks + "/what-short-breaks-are";
    private const string WhoGetsBreaks = ShortBreaks + "/who-can-get-short-breaks";
    private const string Plan = "/improvement-plan";
    private const string Actions = Plan + "/actions";
    private const string Reports = Plan + "/quarterly-reports";
    private const string EasyRead = Plan + "/easy-read";
    private const string YouSaidWeDid = "/you-said-we-did";
    private const string HaveYourSay = "/have-your-say";
    private const string Directory = "/directory";
    private const string EhcJourney = "/step-by-step/getting-an-ehc-plan";
    private const string BudgetJourney = "/step-by-step/getting-a-personal-budget";

    /// <summary>A search, the part of the site it is about, and the pages that answer it.</summary>
    public sealed record Case(string Capability, string Query, params string[] Answers);

    private static string[] Areas(string need) => [EarlyYears + "/" + need, SchoolAge + "/" + need, Post16 + "/" + need];

    /// <summary>Pages and lists of pages, as one list of answers.</summary>
    private static string[] And(params object[] parts) => [.. parts.SelectMany(part => part as string[] ?? [(string)part])];

    private static string Action(string reference) => Actions + "/" + reference;

    public static IReadOnlyList<Case> Cases { get; } =
    [
        // A child's needs in everyday words: communication and interaction
        new("needs", "my son doesn't speak", And(Areas("communication-and-interaction"), Speech)),
        new("needs", "3 year old not talking yet", And(Areas("communication-and-interaction"), Speech)),
        new("needs", "stammers", Speech),
        new("needs", "my daughter stutters", Speech),
        new("needs", "late talker", And(Areas("communication-and-interaction"), Speech)),
        new("needs", "nonverbal child", And(Areas("communication-and-interaction"), Speech, Autism)),
        new("needs", "doesn't understand what the teacher says", And(Areas("communication-and-interaction"), Speech)),
        new("needs", "struggles to make friends", And(Areas("communication-and-interaction"), Areas("social-emotional-and-mental-health"))),
        new("needs", "makaton", And(Areas("communication-and-interaction"), Speech)),
        new("needs", "unclear speech", Speech),
        // Cognition and learning
        new("needs", "falling behind at school", And(Areas("cognition-and-learning"), SenSupport)),
        new("needs", "can't read at 9", And(Areas("cognition-and-learning"), SenSupport)),
        new("needs", "mixes up letters", Areas("cognition-and-learning")),
        new("needs", "global developmental delay", And(Areas("cognition-and-learning"), Autism)),
        new("needs", "bad at maths", Areas("cognition-and-learning")),
        new("needs", "clumsy and messy handwriting", And(Areas("sensory-and-physical"), Areas("cognition-and-learning"), Equipment, Health)),
        new("needs", "learning disability", And(Areas("cognition-and-learning"), SocialCare)),
        new("needs", "can't concentrate in class", And(Areas("cognition-and-learning"), Autism, Areas("social-emotional-and-mental-health"))),
        // Social, emotional and mental health
        new("needs", "has meltdowns", And(Areas("social-emotional-and-mental-health"), Wellbeing)),
        new("needs", "my child kicks off at school", And(Areas("social-emotional-and-mental-health"), Exclusions)),
        new("needs", "can't sit still", And(Autism, Areas("social-emotional-and-mental-health"))),
        new("needs", "hyperactive", And(Autism, Areas("social-emotional-and-mental-health"))),
        new("needs", "keeps being sent home", Exclusions),
        new("needs", "sent home early from school every day", Exclusions),
        new("needs", "reduced timetable", Exclusions),
        new("needs", "only allowed in school in the mornings", Exclusions),
        new("needs", "school refusal", CannotGo),
        new("needs", "won't go to school", CannotGo),
        new("needs", "emotionally based school avoidance", CannotGo),
        new("needs", "panic attacks", And(Wellbeing, Areas("social-emotional-and-mental-health"), CannotGo)),
        new("needs", "self harm", Wellbeing),
        new("needs", "low mood teenager", And(Wellbeing, Areas("social-emotional-and-mental-health"))),
        new("needs", "being bullied", And(Wellbeing, Areas("social-emotional-and-mental-health"))),
        new("needs", "masking at school", And(CannotGo, Autism, Areas("social-emotional-and-mental-health"))),
        // Sensory and/or physical
        new("needs", "deaf child", And(Areas("sensory-and-physical"), Health)),
        new("needs", "glue ear", And(Areas("sensory-and-physical"), Health)),
        new("needs", "partially sighted", And(Areas("sensory-and-physical"), Health)),
        new("needs", "can't walk", And(Equipment, Areas("sensory-and-physical"))),
        new("needs", "hates loud noises", Areas("sensory-and-physical")),
        new("needs", "sensory overload", Areas("sensory-and-physical")),
        new("needs", "still in nappies at 5", And(Health, Areas("sensory-and-physical"))),
        new("needs", "seizures", And(Health, ContinuingCare)),
        new("needs", "cerebral palsy", And(Areas("sensory-and-physical"), Equipment, Health)),
        new("needs", "tube fed", And(ContinuingCare, Health)),

        // Services
        new("services", "speech therapy", Speech),
        new("services", "occupational therapy", And(Equipment, Health, Areas("sensory-and-physical"))),
        new("services", "physio", And(Health, Equipment, Areas("sensory-and-physical"))),
        new("services", "CAMHS referral", Wellbeing),
        new("services", "autism assessment", Autism),
        new("services", "ADHD diagnosis waiting list", Autism),
        new("services", "how long is the wait for an autism diagnosis", Autism),
        new("services", "wheelchair", Equipment),
        new("services", "hoist", Equipment),
        new("services", "home adaptations", Equipment),
        new("services", "school nurse", Health),
        new("services", "social worker for disabled child", SocialCare),
        new("services", "carers assessment", SocialCare),
        new("services", "continuing care", ContinuingCare),
        new("services", "respite", And([ShortBreaks, WhatBreaksAre, WhoGetsBreaks])),
        new("services", "holiday club for disabled children", ShortBreaks, WhatBreaksAre, BreaksStatement, Directory),
        new("services", "a break from caring", ShortBreaks, WhatBreaksAre, WhoGetsBreaks),
        new("services", "overnight stay", ShortBreaks, WhatBreaksAre, BreaksStatement),
        new("services", "short breaks statement", BreaksStatement),
        new("services", "school taxi", Travel),
        new("services", "transport to college", Travel),
        new("services", "SENDIASS", Sendiass),
        new("services", "independent advice about my child's school", Sendiass),
        new("services", "advocate for my child", Sendiass),
        new("services", "parent carer forum", Forum),
        new("services", "support group for parents", Forum),
        new("services", "mental health support for teenagers", Wellbeing),
        new("services", "disability living allowance", IndependentLiving, Money),

        // Money
        new("money", "direct payments", DirectPayments),
        new("money", "direkt payment", DirectPayments),
        new("money", "money to pay a carer", DirectPayments),
        new("money", "personal assistant", DirectPayments),
        new("money", "what can I spend direct payments on", DirectPayments),
        new("money", "personal budget", PersonalBudgets),
        new("money", "personel budjet", PersonalBudgets),
        new("money", "personal health budget", HealthBudgets),
        new("money", "PHB", HealthBudgets),
        new("money", "help with money for my disabled child", Money, DirectPayments, PersonalBudgets, BudgetJourney),

        // EHC needs assessments and plans
        new("ehc", "EHCP", Ehc),
        new("ehc", "ehcp", Ehc),
        new("ehc", "EHC plan", Ehc),
        new("ehc", "how do I apply for an EHCP", Asking, EhcJourney),
        new("ehc", "request an ehc needs assessment", Asking),
        new("ehc", "can a parent ask for an assessment", Asking),
        new("ehc", "statement of special needs", Ehc),
        new("ehc", "statemented", Ehc, EhcJourney),
        new("ehc", "how long does an EHCP take", Timeline),
        new("ehc", "20 week deadline", Timeline),
        new("ehc", "6 weeks to decide", Timeline, Asking),
        new("ehc", "what goes in an ehcp", WhatGoesIn),
        new("ehc", "section F", WhatGoesIn),
        new("ehc", "naming a school in the plan", WhatGoesIn, Timeline),
        new("ehc", "annual review", AnnualReviews),
        new("ehc", "anual reveiw", AnnualReviews),
        new("ehc", "yearly review meeting", AnnualReviews),
        new("ehc", "council refused to assess", Disagree),
        new("ehc", "tribunal", Disagree),
        new("ehc", "appeal the ehcp", Disagree),
        new("ehc", "mediation", Disagree),
        new("ehc", "unhappy with the plan", Disagree),

        // School, SEN support and the graduated response
        new("school", "SEN support", SenSupport),
        new("school", "SENCo", SenSupport),
        new("school", "senco", SenSupport),
        new("school", "extra help at school without an EHCP", SenSupport),
        new("school", "IEP", SenSupport),
        new("school", "what should the school be doing", SenSupport, Graduated),
        new("school", "graduated response", Graduated),
        new("school", "ordinarily available provision", Graduated, SenSupport),
        new("school", "nursery support for my toddler", EarlyYears, SenSupport),
        new("school", "support in college", Post16, After16),
        new("school", "exclusion", Exclusions),
        new("school", "permanently excluded", Exclusions),
        new("school", "suspension from school", Exclusions),
        new("school", "alternative provision", Exclusions, CannotGo),
        new("school", "too anxious to go to school", CannotGo),
        new("school", "fined for absence", CannotGo),

        // Growing up: preparing for adulthood
        new("adulthood", "preparing for adulthood", Adulthood),
        new("adulthood", "PfA", Adulthood),
        new("adulthood", "what happens at 18", AdultServices),
        new("adulthood", "moving to adult social care", AdultServices),
        new("adulthood", "college after year 11", After16),
        new("adulthood", "apprenticeship", After16),
        new("adulthood", "supported internship", Internships),
        new("adulthood", "job coach", Internships),
        new("adulthood", "getting a job with a learning disability", IndependentLiving, Internships),
        new("adulthood", "supported living", IndependentLiving),
        new("adulthood", "moving out of home", IndependentLiving),

        // Help, complaints and words
        new("help", "complain", Complain),
        new("help", "how do I complain about the council", Complain),
        new("help", "what is the local offer", WhatLocalOfferIs),
        new("help", "glossary", Glossary),
        new("help", "what do all the SEND words mean", Glossary),
        new("help", "contact the send team", "/contact"),
        new("help", "accessibility statement", "/accessibility-statement"),
        new("help", "privacy", "/privacy-notice"),
        new("help", "cookies", "/cookies"),

        // Getting involved and co-production
        new("involved", "co-production charter", CoProduction),
        new("involved", "coproduction pledge", CoProduction),
        new("involved", "how can parents get involved", GetInvolved, Forum, CoProduction),
        new("involved", "what is the council doing to improve send", ImprovingSend, Plan),

        // The improvement plan
        new("plan", "improvement plan", Plan),
        new("plan", "how is the improvement plan going", Plan),
        new("plan", "written statement of action", Plan),
        new("plan", "wsoa", Plan),
        new("plan", "what did ofsted find", Plan, ImprovingSend),
        new("plan", "all the actions in the plan", Actions),
        new("plan", "quarterly report", Reports),
        new("plan", "progress report on send improvements", Reports, Plan),
        new("plan", "easy read plan", EasyRead),
        new("plan", "youth champions", Action("40A"), Action("40B")),
        new("plan", "inclusion quality mark", Action("35A")),
        new("plan", "tell it once", Action("21A"), Action("21B")),
        new("plan", "local offer editorial board", Action("13C")),
        new("plan", "speech therapy waiting times plan", Action("18E"), Speech),
        new("plan", "checking the quality of ehc plans", Action("23C"), Action("23D")),
        new("plan", "children missing education", Action("39A"), Action("39C")),
        new("plan", "locality hub for inclusion", Action("36D")),

        // You said – We did, have your say and the directory
        new("feedback", "you said we did", YouSaidWeDid),
        new("feedback", "what changed because of feedback", YouSaidWeDid),
        new("feedback", "have your say", HaveYourSay),
        new("feedback", "give feedback about the local offer", HaveYourSay),
        new("feedback", "tell the council what is not working", HaveYourSay),
        new("directory", "directory of services", Directory),
        new("directory", "find activities and clubs", Directory),
        new("directory", "clubs for disabled children near me", Directory, ShortBreaks),
    ];
}
