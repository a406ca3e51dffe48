using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Infrastructure.Content;

/// <summary>Published pages as search documents, read from the published cache (itself built from the database).</summary>
public sealed partial class ContentSearchDocuments : ISearchDocumentSource, IDisposable
{
    private readonly IPublishedContentCache cache;

    public ContentSearchDocuments(IPublishedContentCache cache)
    {
        this.cache = cache;
        cache.Replaced += OnReplaced;
    }

    public event Action? Changed;

    public string Name => "content";

    public bool IsLoaded => cache.IsLoaded;

    public IReadOnlyDictionary<string, string> TypeLabels { get; } = new Dictionary<string, string>
    {
        ["page"] = "Information page",
        ["guide"] = "Guide",
        // In a family's words first: "graduated response" is the professionals' name for it.
        ["graduated-response"] = "Help at nursery, school or college (graduated response)",
        ["step-by-step"] = "Step by step",
        ["glossary"] = "A word explained",
    };

    public IReadOnlyList<SearchDocument> GetDocuments() =>
        [.. cache.Current.Pages.Where(p => p.DocumentTypeAlias != DocumentTypes.Home).Select(ToDocument)];

    public void Dispose() => cache.Replaced -= OnReplaced;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private void OnReplaced(PublishedContentSnapshot snapshot) => Changed?.Invoke();

    private const float GlossaryTitleWeight = 0.03f;
    private const float GlossaryTextWeight = 0.2f;

    private static SearchDocument ToDocument(PublishedPage page)
    {
        var phase = page.Property("phase");
        var area = page.Property("areaOfNeed");
        var keywords = string.Join(' ', new[]
        {
            page.NavigationName != page.Name ? page.NavigationName : null,
            phase is null ? null : DocumentTypes.Phases.GetValueOrDefault(phase),
            area is null ? null : DocumentTypes.AreasOfNeed.GetValueOrDefault(area),
            page.Property("otherNames"),
        }.Where(k => k is not null));

        return new SearchDocument
        {
            Key = "content:" + page.Key.ToString("N"),
            Type = page.DocumentTypeAlias switch
            {
                DocumentTypes.Guide or DocumentTypes.GuidePart => "guide",
                DocumentTypes.GraduatedResponse => "graduated-response",
                DocumentTypes.StepByStep => "step-by-step",
                DocumentTypes.GlossaryTerm => "glossary",
                _ => "page",
            },
            Url = page.Path,
            Title = page.Name,
            // A word's own page must not outrank the guide about it ("EHCP"), but a search for
            // the word or what it means still finds it.
            TitleWeight = page.DocumentTypeAlias == DocumentTypes.GlossaryTerm ? GlossaryTitleWeight : 1f,
            TextWeight = page.DocumentTypeAlias == DocumentTypes.GlossaryTerm ? GlossaryTextWeight : 1f,
            Suggested = page.DocumentTypeAlias != DocumentTypes.GlossaryTerm,
            Keywords = keywords,
            Summary = page.Summary,
            Body = PlainText(string.Join(' ', [page.BodyHtml, .. page.PropertyHtml.Values])),
            Phase = phase,
        };
    }

    private static string PlainText(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ").Trim();
}
