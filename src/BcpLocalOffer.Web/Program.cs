using BcpLocalOffer.Web.Hosting;
using Serilog;

// `dotnet run -- seed` imports the content seed and exits; with no command the site runs.
var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;
var hostArgs = command is null ? args : args[1..];

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(hostArgs);
    builder.AddLocalOffer();
    var app = builder.Build();

    switch (command)
    {
        case null:
            app.UseLocalOffer();
            await app.RunAsync();
            return 0;
        case "seed":
            return await SeedCommand.RunAsync(app.Services);
        case "create-admin":
            return await CreateAdminCommand.RunAsync(app.Services, hostArgs);
        default:
            Console.Error.WriteLine($"Unknown command '{command}'. Commands: seed, create-admin. With no command the site runs.");
            return 2;
    }
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "The Local Offer site stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Lets tests and the benchmark start the real host.</summary>
public partial class Program;
