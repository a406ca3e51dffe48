using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.UnitTests.Identity;

/// <summary>NIST 800-63B: a password on a list of common or breached passwords is refused, however long.</summary>
public class CommonPasswordValidatorTests
{
    private readonly CommonPasswordValidator validator = new();

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("monkey12345678")]
    [InlineData("Password2024!")]
    [InlineData("!!dragon2025!!")]
    [InlineData("localoffer2026")]
    [InlineData("Bournemouth123")]
    [InlineData("aaaaaaaaaaaa1")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("123456789012")]
    public async Task A_common_or_guessable_password_is_refused(string password)
    {
        var result = await validator.ValidateAsync(null!, new EditorAccount { UserName = "jo.bloggs@bcpcouncil.gov.uk" }, password);

        Assert.False(result.Succeeded, $"{password} was accepted");
        Assert.Contains(result.Errors, e => e.Description.Contains("common", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_made_of_the_accounts_own_email_name_is_refused()
    {
        var result = await validator.ValidateAsync(null!, new EditorAccount { UserName = "jo.bloggs@bcpcouncil.gov.uk", Email = "jo.bloggs@bcpcouncil.gov.uk" }, "jo.bloggs2026!");

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("violet harbour teacup")]
    [InlineData("pebble-orchard-quilt-fjord")]
    [InlineData("Kettle9Lantern4Moss")]
    public async Task A_long_uncommon_password_is_accepted(string password)
    {
        var result = await validator.ValidateAsync(null!, new EditorAccount { UserName = "jo.bloggs@bcpcouncil.gov.uk" }, password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [Fact]
    public void The_shipped_list_holds_tens_of_thousands_of_passwords()
    {
        Assert.InRange(CommonPasswordValidator.ListedCount, 40_000, 100_000);
    }
}
