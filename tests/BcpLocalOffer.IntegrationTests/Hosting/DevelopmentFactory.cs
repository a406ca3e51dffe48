namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>The site in Development, where the demo editorial accounts exist.</summary>
public class DevelopmentFactory : LocalOfferFactory
{
    protected override string EnvironmentName => "Development";
}
