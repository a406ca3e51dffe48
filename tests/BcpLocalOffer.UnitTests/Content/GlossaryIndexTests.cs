using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;

namespace BcpLocalOffer.UnitTests.Content;

public sealed class GlossaryIndexTests
{
    private static readonly PublishedPage Sen = Page(DocumentTypes.GlossaryTerm, "/glossary/sen", "SEN", "", "special educational needs");
    private static readonly PublishedPage SenSupport = Page(DocumentTypes.GlossaryTerm, "/glossary/sen-support", "SEN support", "");
    private static readonly PublishedPage Ot = Page(DocumentTypes.GlossaryTerm, "/glossary/ot", "OT", "");
    private static readonly PublishedPage Carers = Page(DocumentTypes.GlossaryTerm, "/glossary/carers-assessment", "Carer's assessment", "");

    private readonly GlossaryIndex glossary = new([Sen, SenSupport, Ot, Carers]);

    [Fact]
    public void Only_the_first_use_of_a_term_is_linked_under_whichever_name_comes_first()
    {
        var html = glossary.Link(Reader, "<p>Your child has special educational needs. SEN means the same.</p><p>SEN again.</p>");

        Assert.Equal(1, Count(html, "href=\"/glossary/sen\""));
        Assert.Contains("<a class=\"govuk-link app-glossary-link\" href=\"/glossary/sen\">special educational needs<span class=\"govuk-visually-hidden\"> (what this means)</span></a>", html);
        Assert.Contains("SEN means the same", html);
    }

    [Fact]
    public void A_longer_term_is_linked_as_itself_and_the_shorter_one_inside_it_is_left_alone()
    {
        var html = glossary.Link(Reader, "<p>Ask about SEN support.</p><p>SEN is the short word.</p>");

        Assert.Contains(">SEN support<span", html);
        Assert.Contains(">SEN<span", html);
        Assert.True(html.IndexOf("/glossary/sen-support", StringComparison.Ordinal) < html.IndexOf("\"/glossary/sen\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_in_headings_links_and_code_are_not_linked_and_capitals_matter_for_abbreviations()
    {
        var html = glossary.Link(Reader, "<h2>SEN</h2><p><a href=\"/x\">SEN</a> we got <code>OT</code> and a lot.</p>");

        Assert.DoesNotContain("app-glossary-link", html);
    }

    [Fact]
    public void An_apostrophe_straight_curly_or_encoded_still_matches()
    {
        Assert.Contains("/glossary/carers-assessment", glossary.Link(Reader, "<p>Ask for a carer&#39;s assessment.</p>"));
        Assert.Contains("/glossary/carers-assessment", glossary.Link(Reader, "<p>Ask for a carer’s assessment.</p>"));
    }

    [Fact]
    public void A_glossary_page_is_not_linked_to_itself()
    {
        Assert.DoesNotContain("app-glossary-link", glossary.Link(Sen, "<p>SEN support and OT.</p>"));
    }

    private static readonly PublishedPage Reader = Page(DocumentTypes.ContentPage, "/some-page", "Some page", "");

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    private static PublishedPage Page(string type, string path, string name, string body, string? otherNames = null) => new()
    {
        Key = Guid.NewGuid(),
        DocumentTypeAlias = type,
        Path = path,
        Name = name,
        NavigationName = name,
        Summary = "",
        MetaDescription = "",
        BodyHtml = body,
        Properties = otherNames is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["otherNames"] = otherNames },
        OwnerOrganisation = "BCP Council SEND Service",
        ReviewBy = new DateOnly(2027, 1, 1),
        LastReviewed = new DateOnly(2026, 1, 1),
    };
}
