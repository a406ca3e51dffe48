using System.Net.Mail;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Mail;

/// <summary>One message waiting in the pickup folder, as the file holds it.</summary>
public sealed record PickupMessage(string FileName, DateTime WrittenAtUtc, string Text);

/// <summary>
/// The .eml files the default sender leaves for a mail server's pickup service. Each holds a
/// person's address and what we wrote to them, so they are personal data like the feedback they
/// answer: found and erased by address, and deleted once a pickup service has had
/// <see cref="MailOptions.PickupRetentionDays"/> to send them (a pickup service deletes what it
/// sends; whatever is left that long was never going to go).
/// </summary>
public sealed class MailPickupFolder(DataFolder dataFolder, IOptions<MailOptions> options, TimeProvider clock)
{
    public string Path => System.IO.Path.Combine(dataFolder.Root, "mail-pickup");

    public IReadOnlyList<PickupMessage> AddressedTo(string email) =>
        [.. Files().Where(f => IsAddressedTo(f, email)).Select(f => new PickupMessage(System.IO.Path.GetFileName(f), File.GetLastWriteTimeUtc(f), File.ReadAllText(f))).OrderBy(m => m.WrittenAtUtc)];

    public int DeleteAddressedTo(string email) => Delete(Files().Where(f => IsAddressedTo(f, email)));

    public int DeleteExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.PickupRetentionDays));
        return Delete(Files().Where(f => File.GetLastWriteTimeUtc(f) < cutoff));
    }

    private IEnumerable<string> Files() => System.IO.Directory.Exists(Path) ? System.IO.Directory.EnumerateFiles(Path, "*.eml").ToList() : [];

    private static int Delete(IEnumerable<string> files)
    {
        var deleted = 0;
        foreach (var file in files)
        {
            try
            {
                File.Delete(file);
                deleted++;
            }
            catch (FileNotFoundException)
            {
                // A pickup service sent it meanwhile.
            }
        }

        return deleted;
    }

    private static bool IsAddressedTo(string file, string email)
    {
        var to = ToHeader(file);
        if (to is null)
        {
            return false;
        }

        var addresses = new MailAddressCollection();
        try
        {
            addresses.Add(to);
        }
        catch (FormatException)
        {
            return to.Contains(email.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        return addresses.Any(a => string.Equals(a.Address, email.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The To header, unfolded; the headers end at the first empty line.</summary>
    private static string? ToHeader(string file)
    {
        string? value = null;
        try
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    break;
                }

                if (value is not null && (line[0] == ' ' || line[0] == '\t'))
                {
                    value += line.Trim();
                }
                else if (value is not null)
                {
                    break;
                }
                else if (line.StartsWith("To:", StringComparison.OrdinalIgnoreCase))
                {
                    value = line[3..].Trim();
                }
            }
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        return value;
    }
}

/// <summary>Deletes pickup files older than the retention period, hourly, on one node at a time.</summary>
public sealed class MailPickupSweep(MailPickupFolder pickup, ClusterLock locks, TimeProvider clock, ILogger<MailPickupSweep> logger)
    : SingletonJob<int>(locks, clock, logger)
{
    protected override string Name => "Mail pickup sweep";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task<int> RunLockedAsync(CancellationToken cancellationToken) => Task.FromResult(pickup.DeleteExpired());

    protected override void Report(int deleted)
    {
        if (deleted > 0)
        {
            Logger.LogInformation("Deleted {Count} messages left in the mail pickup folder past the retention period", deleted);
        }
    }
}
