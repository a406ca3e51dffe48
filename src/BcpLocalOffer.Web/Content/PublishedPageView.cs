using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// Which public view and view model a page gets. The public site and the editorial preview both
/// come here, so a preview is rendered by exactly the templates the public will see.
/// </summary>
public static class PublishedPageView
{
    public static ViewResult Render(Controller controller, PublishedPage page, PublishedContentSnapshot snapshot)
    {
        controller.ViewData["Section"] = snapshot.SectionOf(page);
        controller.ViewData["Title"] = page.Name;
        controller.ViewData["MetaDescription"] = page.MetaDescription;

        // Full paths: the editorial preview's controller would otherwise look in its own capability's folder.
        return page.DocumentTypeAlias switch
        {
            DocumentTypes.Home => controller.View("/Content/Views/Home.cshtml", new PageViewModel(page, snapshot)),
            DocumentTypes.SectionPage => controller.View("/Content/Views/SectionPage.cshtml", new PageViewModel(page, snapshot)),
            DocumentTypes.Guide or DocumentTypes.GuidePart => controller.View("/Content/Views/Guide.cshtml", GuideViewModel.For(page, snapshot)),
            DocumentTypes.GraduatedResponse => controller.View("/Content/Views/GraduatedResponse.cshtml", new PageViewModel(page, snapshot)),
            DocumentTypes.StepByStep => controller.View("/Content/Views/StepByStep.cshtml", new PageViewModel(page, snapshot)),
            DocumentTypes.Glossary => controller.View("/Content/Views/Glossary.cshtml", new PageViewModel(page, snapshot)),
            DocumentTypes.GlossaryTerm => controller.View("/Content/Views/GlossaryTerm.cshtml", new PageViewModel(page, snapshot)),
            _ => controller.View("/Content/Views/ContentPage.cshtml", new PageViewModel(page, snapshot)),
        };
    }
}
