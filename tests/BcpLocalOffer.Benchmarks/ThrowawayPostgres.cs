namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// A PostgreSQL cluster of the benchmark's own on 127.0.0.1, in a temporary folder, removed when
/// disposed. PostgreSQL will not run as root, so as root it runs as the package's postgres user.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly string folder;

    private ThrowawayPostgres(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=50";

    public static async Task<ThrowawayPostgres> StartAsync(CancellationToken cancellationToken)
    {
        await DebianPackages.EnsureAsync("postgresql", () => Bin() is not null, cancellationToken);
        var bin = Bin()!;
        var folder = Directory.CreateTempSubdirectory("bcp-localoffer-pg-").FullName;
        var port = SiteProcess.FindFreePort();
        var postgres = new ThrowawayPostgres(bin, folder, port);
        if (Environment.UserName == "root")
        {
            await ShellCommand.RunAsync("chown", $"postgres {folder}", cancellationToken);
        }

        await postgres.AsPostgresAsync($"{bin}/initdb -D {folder}/data -U postgres --auth=trust -E UTF8", cancellationToken);
        // fsync stays on: the feedback figures would mean nothing on a database that can lose commits.
        await postgres.AsPostgresAsync(
            $"{bin}/pg_ctl -D {folder}/data -l {folder}/server.log -w -o '-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200' start",
            cancellationToken);
        return postgres;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsPostgresAsync($"{bin}/pg_ctl -D {folder}/data -m immediate stop", CancellationToken.None);
        }
        catch (BenchmarkFailedException exception)
        {
            Console.Error.WriteLine($"Stopping the benchmark's PostgreSQL: {exception.Message}");
        }

        Directory.Delete(folder, recursive: true);
    }

    private static string? Bin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).LastOrDefault()
            : null;

    private Task AsPostgresAsync(string command, CancellationToken cancellationToken) =>
        Environment.UserName == "root"
            ? ShellCommand.RunAsync("su", $"postgres -s /bin/bash -c \"{command}\"", cancellationToken)
            : ShellCommand.RunAsync("/bin/bash", $"-c \"{command}\"", cancellationToken);
}
