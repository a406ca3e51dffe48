using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Hosting;

/// <summary>`seed`: brings the schema up to date and imports the content seed, then exits.</summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<LocalOfferOptions>>().Value;
        var seedPath = DependencyInjection.ResolveContentSeedPath(options, provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        try
        {
            var result = await provider.GetRequiredService<ContentSeedImporter>().ImportAsync(seedPath);
            Console.WriteLine(
                $"Content seed from {seedPath}: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged, {result.KeptEditorChanges} kept as editors left them.");
            return 0;
        }
        catch (ContentSeedException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }
}
