namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>The addresses that mail about accounts points to; the web project knows its routes and the site's public address.</summary>
public interface IAccountLinks
{
    Uri SetPassword(string accountId, string token);

    /// <summary>The account's page in the back office, where a waiting change is approved or declined.</summary>
    Uri Account(string accountId);
}
