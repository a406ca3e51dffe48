using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// Roles on every start; the partner organisations list from the content seed on the first start;
/// in Development, the demo accounts, printed so a developer can sign in; anywhere else, the demo
/// accounts disabled if a Development start left them behind.
/// </summary>
public sealed class EditorialStartupService(
    IServiceScopeFactory scopes,
    IHostEnvironment environment,
    IOptions<LocalOfferOptions> options,
    ILogger<EditorialStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // One node at a time: nodes starting together on an empty database would both create each role.
        await using var turn = await scope.ServiceProvider.GetRequiredService<ClusterLock>().AcquireAsync("editorial start-up", cancellationToken);
        var accounts = scope.ServiceProvider.GetRequiredService<EditorialAccounts>();
        await accounts.EnsureRolesAsync();
        var seeded = await scope.ServiceProvider.GetRequiredService<PartnerOrganisations>().SeedAsync(
            ContentSeedReader.ReadOrganisations(DependencyInjection.ResolveContentSeedPath(options.Value, environment.ContentRootPath)), cancellationToken);
        if (seeded > 0)
        {
            logger.LogInformation("Partner organisations list started with {Count} organisations from the content seed", seeded);
        }

        if (!environment.IsDevelopment())
        {
            foreach (var email in await accounts.DisableDevelopmentAccountsAsync())
            {
                logger.LogWarning("The demo account {DemoAccount} was disabled: demo accounts work only in Development. Create administrators with the create-admin command", email);
            }

            return;
        }

        await accounts.EnsureDevelopmentAccountsAsync();

        // Straight to the console, not the log files: these are for the developer at the keyboard.
        Console.WriteLine();
        Console.WriteLine("Development sign-in at /editorial/sign-in (these accounts exist only in Development):");
        foreach (var account in EditorialAccounts.DevelopmentAccounts)
        {
            Console.WriteLine($"  {EditorialRoles.Label(account.Role),-16} {account.Email,-26} {account.Password}");
        }

        Console.WriteLine();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
