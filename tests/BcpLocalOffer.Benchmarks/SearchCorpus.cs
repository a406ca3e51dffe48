using System.Text;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// Generated Local Offer documents, the same for every run of the same size (seeded Random): SEND
/// vocabulary with common words far more frequent than rare ones, topic phrases the queries look
/// for, acronyms, place names, and a long tail of provider names so the index has the tens of
/// thousands of distinct words a real site of this size has ("Did you mean" scans all of them).
/// </summary>
internal sealed class SearchCorpus : ISearchDocumentSource
{
    private const int Seed = 20_250_601;
    private const int MinimumBodyWords = 150;
    private const int MaximumBodyWords = 400;

    // Roughly one new proper name per two documents, as a directory of providers and schools has.
    private const double ProviderNamesPerDocument = 0.5;

    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["page"] = "Information page",
        ["guide"] = "Guide",
        ["service"] = "Service",
        ["graduated-response"] = "Graduated response",
        ["organisation"] = "Organisation",
    };

    // Words any page uses, most frequent first: the chance of each falls with its place in the list.
    private static readonly string[] General =
    [
        "the", "and", "to", "of", "a", "your", "child", "for", "in", "support", "you", "can", "is", "with", "school",
        "young", "people", "children", "needs", "family", "help", "or", "if", "they", "be", "education", "special",
        "educational", "will", "plan", "this", "on", "their", "are", "parents", "carers", "health", "care", "service",
        "services", "local", "offer", "information", "about", "from", "who", "what", "how", "learning", "disability",
        "disabilities", "council", "team", "social", "home", "setting", "settings", "early", "years", "adult", "adults",
        "advice", "ask", "contact", "apply", "funding", "personal", "activities", "travel", "communication", "physical",
        "wellbeing", "emotional", "behaviour", "mainstream", "specialist", "provision", "primary", "secondary",
        "transition", "review", "outcomes", "progress", "teacher", "teachers", "classroom", "staff", "training",
        "referral", "waiting", "list", "appointment", "equipment", "benefits", "youth", "sport", "inclusive",
        "accessible", "play", "summer", "half", "term", "weekend", "groups", "voice", "views", "wishes", "feelings",
        "rights", "law", "guidance", "practice", "weeks", "decision", "independent", "confidential", "employment",
        "living", "friends", "community", "nhs", "gp", "nurse", "medical", "conditions", "complex", "moderate",
        "severe", "specific", "difficulty", "difficulties", "eligible", "criteria", "universal", "targeted", "free",
        "cost", "meals", "lead", "professional", "meeting", "report", "evidence", "named", "section", "draft", "final",
    ];

    // Words a page is about: each document dwells on a few of them and mentions the rest rarely,
    // so a search for one finds the pages about it, not nearly every page.
    private static readonly string[] Specialist =
    [
        "autism", "autistic", "dyslexia", "dyspraxia", "dyscalculia", "epilepsy", "diabetes", "hearing", "vision",
        "impairment", "wheelchair", "adaptations", "housing", "allowance", "respite", "overnight", "sitting",
        "befriending", "swimming", "holiday", "club", "transport", "speech", "language", "therapy", "occupational",
        "physiotherapy", "sensory", "anxiety", "attendance", "exclusion", "tribunal", "appeal", "mediation",
        "complaint", "disagreement", "resolution", "impartial", "statutory", "assessment", "timescales", "annual",
        "nursery", "college", "academy", "reception", "apprenticeship", "internship", "adulthood", "continence",
        "feeding", "medication", "paediatrician", "diagnosis", "pathway", "clinic", "psychologist", "psychology",
        "hyperactivity", "attention", "tics", "tourette", "syndrome", "cerebral", "palsy", "deaf", "blind",
        "profound", "bursary", "grant", "uniform", "keyworker", "placement", "consultation", "cease", "amend",
        "budget", "payments", "direct", "breaks", "short", "forum", "scheme", "easter", "unit", "base", "resource",
    ];

    // Per thousand words of body text; the rest are general words.
    private const int OwnTopicPerThousand = 20;
    private const int OtherTopicPerThousand = 3;
    private const int FocusWordPerThousand = 50;
    private const int OtherSpecialistPerThousand = 3;
    private const int AcronymPerThousand = 2;
    private const int PlacePerThousand = 7;
    private const int ProviderPerThousand = 5;
    private const int FocusWordsPerDocument = 4;

    private static readonly string[] Topics =
    [
        "short breaks", "education health and care plan", "EHC needs assessment", "speech and language therapy",
        "occupational therapy", "personal budgets", "direct payments", "home to school transport",
        "preparing for adulthood", "special educational needs", "mental health support", "autism support",
        "sensory needs", "hearing impairment", "visual impairment", "annual review", "SEN support",
        "graduated response", "specialist provision", "holiday activities", "parent carer forum",
        "continuing care", "personal health budget", "school attendance", "emotionally based school avoidance",
        "post-16 options", "supported internships", "independent travel training", "respite care",
        "educational psychology", "wheelchair services", "continence service", "early help", "portage",
        "dyslexia support", "ADHD assessment", "mediation and tribunals", "SENDIASS advice",
    ];

    private static readonly string[] Acronyms =
    [
        "EHCP", "SENCo", "CAMHS", "SALT", "SEMH", "PfA", "SEND", "SEN", "ASD", "ADHD", "OT", "SENDIASS", "PHB", "CHC", "LA",
    ];

    private static readonly string[] Places =
    [
        "Bournemouth", "Christchurch", "Poole", "Boscombe", "Kinson", "Broadstone", "Canford Heath", "Highcliffe",
        "Hamworthy", "Parkstone", "Southbourne", "Westbourne", "Winton", "Moordown", "Ferndown", "Mudeford",
        "Creekmoor", "Oakdale", "Tuckton", "Throop", "Wallisdown", "Alderney", "Bearwood", "Merley",
    ];

    private static readonly string[] TitlePatterns =
    [
        "{topic}", "{Topic} in {place}", "{Topic} for {audience}", "How to ask for {topic}", "What {topic} is",
        "{Topic}: a guide for {audience}", "{Provider} {kind}", "{Provider} {kind}, {place}", "Who can get {topic}",
        "{Topic} and {topic2}", "Paying for {topic}", "{Topic} at {Provider} {kind}",
    ];

    private static readonly string[] Audiences =
    [
        "parents and carers", "young people", "families", "schools", "early years settings", "colleges", "children under 5",
        "16 to 25 year olds", "foster carers",
    ];

    private static readonly string[] ProviderKinds =
    [
        "Academy", "Primary School", "Nursery", "Youth Club", "Short Breaks Service", "Family Hub", "College", "Clinic",
        "Children's Centre", "Play Scheme", "Trust", "Support Group",
    ];

    private static readonly string[] Syllables =
    [
        "ash", "brook", "wood", "ford", "mere", "ley", "ton", "ham", "well", "field", "kin", "bar", "wick", "dale", "ridge",
        "stone", "more", "hurst", "bury", "cott", "wyn", "tel", "mar", "pen", "lan", "cal", "dor", "ves", "rin", "hol",
    ];

    private readonly IReadOnlyList<SearchDocument> documents;

    private SearchCorpus(IReadOnlyList<SearchDocument> documents) => this.documents = documents;

    public event Action? Changed
    {
        add { }
        remove { }
    }

    public string Name => "benchmark";

    public bool IsLoaded => true;

    public IReadOnlyDictionary<string, string> TypeLabels => Types;

    public int Count => documents.Count;

    /// <summary>Characters of text indexed, to put the documents-per-second figure in context.</summary>
    public long TextCharacters => documents.Sum(d => (long)d.Title.Length + d.Keywords.Length + d.Summary.Length + d.Body.Length);

    public IReadOnlyList<SearchDocument> GetDocuments() => documents;

    public static SearchCorpus Generate(int count)
    {
        var random = new Random(Seed);
        var providers = ProviderNames(random, Math.Max(50, (int)(count * ProviderNamesPerDocument)));
        var typeNames = Types.Keys.ToArray();
        var phases = DocumentTypes.Phases.Keys.ToArray();
        var generated = new List<SearchDocument>(count);
        var body = new StringBuilder(4096);
        for (var i = 0; i < count; i++)
        {
            var provider = Pick(random, providers);
            var about = new Subject(
                Pick(random, Topics),
                [.. Enumerable.Range(0, FocusWordsPerDocument).Select(_ => Pick(random, Specialist))],
                providers);
            var title = Title(random, about.Topic, provider);
            var type = title.Contains(provider, StringComparison.Ordinal) ? (random.Next(2) == 0 ? "service" : "organisation") : Pick(random, typeNames);
            body.Clear();
            AppendText(random, body, random.Next(MinimumBodyWords, MaximumBodyWords + 1), about);
            generated.Add(new SearchDocument
            {
                Key = $"benchmark:{i}",
                Type = type,
                Url = $"/{type}/{Slug(title)}-{i}",
                Title = title,
                Keywords = random.Next(3) == 0 ? $"{Pick(random, Acronyms)} {about.Topic}" : "",
                Summary = Sentence(random, random.Next(15, 30), about),
                Body = body.ToString(),
                Phase = random.Next(5) < 3 ? Pick(random, phases) : null,
            });
        }

        return new SearchCorpus(generated);
    }

    private static string Title(Random random, string topic, string provider)
    {
        var title = Pick(random, TitlePatterns)
            .Replace("{Topic}", Capitalise(topic), StringComparison.Ordinal)
            .Replace("{topic}", topic, StringComparison.Ordinal)
            .Replace("{topic2}", Pick(random, Topics), StringComparison.Ordinal)
            .Replace("{place}", Pick(random, Places), StringComparison.Ordinal)
            .Replace("{audience}", Pick(random, Audiences), StringComparison.Ordinal)
            .Replace("{Provider}", provider, StringComparison.Ordinal)
            .Replace("{kind}", Pick(random, ProviderKinds), StringComparison.Ordinal);
        return Capitalise(title);
    }

    private static void AppendText(Random random, StringBuilder text, int words, Subject about)
    {
        var written = 0;
        while (written < words)
        {
            var length = Math.Min(words - written, random.Next(8, 22));
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Sentence(random, length, about));
            written += length;
        }
    }

    private static string Sentence(Random random, int words, Subject about)
    {
        var sentence = new StringBuilder(words * 8);
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sentence.Append(' ');
            }

            var roll = random.Next(1000);
            sentence.Append(roll switch
            {
                < OwnTopicPerThousand => about.Topic,
                < OwnTopicPerThousand + OtherTopicPerThousand => Pick(random, Topics),
                < OwnTopicPerThousand + OtherTopicPerThousand + FocusWordPerThousand => Pick(random, about.FocusWords),
                < OwnTopicPerThousand + OtherTopicPerThousand + FocusWordPerThousand + OtherSpecialistPerThousand => Pick(random, Specialist),
                < OwnTopicPerThousand + OtherTopicPerThousand + FocusWordPerThousand + OtherSpecialistPerThousand + AcronymPerThousand => Pick(random, Acronyms),
                < OwnTopicPerThousand + OtherTopicPerThousand + FocusWordPerThousand + OtherSpecialistPerThousand + AcronymPerThousand + PlacePerThousand => Pick(random, Places),
                < OwnTopicPerThousand + OtherTopicPerThousand + FocusWordPerThousand + OtherSpecialistPerThousand + AcronymPerThousand + PlacePerThousand + ProviderPerThousand => Pick(random, about.Providers),
                _ => Common(random),
            });
        }

        sentence[0] = char.ToUpperInvariant(sentence[0]);
        return sentence.Append('.').ToString();
    }

    // Roughly Zipf-like: "the" and "child" everywhere, "criteria" now and then.
    private static string Common(Random random) => General[(int)(Math.Pow(random.NextDouble(), 2.5) * General.Length)];

    private static string[] ProviderNames(Random random, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var parts = random.Next(2, 5);
            var name = new StringBuilder();
            for (var p = 0; p < parts; p++)
            {
                name.Append(Pick(random, Syllables));
            }

            names.Add(Capitalise(name.ToString()));
        }

        return [.. names];
    }

    /// <summary>What one document is about: the topic it is titled after and the words it dwells on.</summary>
    private sealed record Subject(string Topic, string[] FocusWords, string[] Providers);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', ',', ':', '\'').Where(part => part.Length > 0));
}
