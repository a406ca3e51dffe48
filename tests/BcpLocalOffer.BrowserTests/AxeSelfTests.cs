namespace BcpLocalOffer.BrowserTests;

/// <summary>The axe check itself: a page with a known WCAG failure must fail it, or every other test proves nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeSelfTests(LocalOfferSite site)
{
    [Fact]
    public async Task An_image_without_alternative_text_and_a_field_without_a_label_are_reported_as_violations()
    {
        await using var tab = await site.OpenTabAsync();
        await tab.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Known failures</title></head>
            <body><main><h1>Known failures</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>
            """);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AxeAssertions.AssertNoViolationsAsync(tab.Page, "a page with known failures"));

        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("label", failure.Message);
    }
}
