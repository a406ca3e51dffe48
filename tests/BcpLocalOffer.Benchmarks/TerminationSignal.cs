using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// Asks a process to shut down the way a service manager would, so the host runs its shutdown
/// and SQLite closes cleanly. .NET has no API for signalling another process, hence libc.
/// </summary>
internal static partial class TerminationSignal
{
    private const int SigTerm = 15;

    /// <returns>False where there is no such signal (Windows); the caller should kill instead.</returns>
    public static bool TrySend(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        return Kill(process.Id, SigTerm) == 0;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
