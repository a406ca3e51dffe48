namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// Tests that count database commands run on their own: EF Core shares internal services
/// between hosts in one process, so another test's queries could otherwise be counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IsolatedCollection
{
    public const string Name = "Isolated from other tests";
}
