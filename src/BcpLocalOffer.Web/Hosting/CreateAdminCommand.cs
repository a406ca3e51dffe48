using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Web.Hosting;

/// <summary>
/// `create-admin --email someone@council.gov.uk [--name "…"] [--organisation "…"]`: the first
/// administrator of a new install. The password comes from LOCALOFFER_ADMIN_PASSWORD or is typed
/// at a prompt that does not echo; there is never a default.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "LOCALOFFER_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            Console.Error.WriteLine("Usage: create-admin --email someone@example.org [--name \"Full name\"] [--organisation \"BCP Council SEND Service\"]");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (Console.IsInputRedirected)
            {
                Console.Error.WriteLine($"Set {PasswordVariable} or run the command in a terminal to type the password.");
                return 2;
            }

            password = ReadHidden("Password (at least 12 characters): ");
            if (ReadHidden("Type it again: ") != password)
            {
                Console.Error.WriteLine("The passwords do not match. Nothing was created.");
                return 1;
            }
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        if (await provider.GetRequiredService<UserManager<EditorAccount>>().FindByEmailAsync(email) is not null)
        {
            Console.Error.WriteLine($"An account for {email} already exists. Nothing was changed.");
            return 1;
        }

        var result = await provider.GetRequiredService<EditorialAccounts>().CreateAsync(
            email, password, EditorialRoles.Administrator, Option(args, "--name") ?? email, Option(args, "--organisation") ?? "");
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("The administrator was not created: " + EditorialAccounts.Describe(result));
            return 1;
        }

        Console.WriteLine($"Administrator {email} created. Sign in at /editorial/sign-in.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return typed.ToString();
    }
}
