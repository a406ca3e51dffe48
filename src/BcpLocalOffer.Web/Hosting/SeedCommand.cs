using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
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
            var plan = await provider.GetRequiredService<PlanSeedImporter>().ImportAsync(seedPath);
            Console.WriteLine(
                $"Improvement plan: {plan.Created} created, {plan.Updated} updated, {plan.Unchanged} unchanged, {plan.StatusesKept} statuses kept as the board published them.");
            var directory = await provider.GetRequiredService<Infrastructure.ServiceDirectory.DirectorySeedImporter>().ImportAsync(seedPath);
            Console.WriteLine($"Directory: {directory.Created} created, {directory.Updated} updated, {directory.Unchanged} unchanged, {directory.KeptEditorsVersion} kept as editors changed them.");
            return 0;
        }
        catch (Exception exception) when (exception is ContentSeedException or PlanSeedException or InvalidDataException)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }
}
