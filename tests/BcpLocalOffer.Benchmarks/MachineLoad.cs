using System.Globalization;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// The site and the load generator share this machine's cores, so anything else running skews
/// every number; the load average says whether a result is worth comparing with another.
/// </summary>
internal static class MachineLoad
{
    /// <returns>The one-minute load average, or null where the system does not publish it.</returns>
    public static double? OneMinuteAverage()
    {
        const string LinuxLoadAverage = "/proc/loadavg";
        try
        {
            var first = File.ReadAllText(LinuxLoadAverage).Split(' ', 2)[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
