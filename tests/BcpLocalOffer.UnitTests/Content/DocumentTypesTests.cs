using BcpLocalOffer.Core.Content;

namespace BcpLocalOffer.UnitTests.Content;

public class DocumentTypesTests
{
    [Fact]
    public void A_guide_holds_only_its_parts()
    {
        var guide = DocumentTypes.Get(DocumentTypes.Guide);

        Assert.True(guide.AllowsChild(DocumentTypes.GuidePart));
        Assert.False(guide.AllowsChild(DocumentTypes.ContentPage));
    }

    [Fact]
    public void Graduated_response_pages_need_a_phase_an_area_of_need_and_all_three_levels_of_support()
    {
        var type = DocumentTypes.Get(DocumentTypes.GraduatedResponse);

        var required = type.Properties.Where(p => p.Required).Select(p => p.Alias).ToList();

        Assert.Equal(["phase", "areaOfNeed", "ordinarilyAvailable", "senSupport", "specialist"], required);
        Assert.Equal(4, type.FindProperty("areaOfNeed")!.Choices!.Count);
        Assert.Equal(3, type.FindProperty("phase")!.Choices!.Count);
    }

    [Fact]
    public void Unknown_document_types_are_refused() =>
        Assert.Throws<ArgumentException>(() => DocumentTypes.Get("blogPost"));
}
