namespace BcpLocalOffer.Benchmarks;

/// <summary>A fresh temporary folder for the site's database and logs, removed afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private bool deleted;

    private ScratchFolder(string path) => Path = path;

    public string Path { get; }

    public static ScratchFolder Create(string prefix) =>
        new(Directory.CreateTempSubdirectory(prefix).FullName);

    public void Dispose()
    {
        if (deleted)
        {
            return;
        }

        deleted = true;

        // Windows can hold the SQLite files for a moment after the site exits.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    Directory.Delete(Path, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not delete the benchmark's data folder {Path}: {exception.Message}");
                return;
            }
        }
    }
}
