namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// The search tests run one class at a time, after the tests that run in parallel: the freshness
/// test measures a one-second budget that a neighbour's CPU load would eat into on a two-core CI
/// machine, the naughty strings keep a core busy, and the resilience tests start and stop extra hosts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SearchCollection
{
    public const string Name = "Search, one class at a time";
}
