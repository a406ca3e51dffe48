using System.Text;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// Drains one of the site's output streams and keeps only its last few kilobytes. The site logs
/// every request, so under load this runs tens of thousands of times a second on the same cores
/// as the site: it copies raw bytes instead of splitting lines, and decodes only when asked.
/// </summary>
internal sealed class OutputTail(int capacityBytes = 32 * 1024)
{
    private readonly byte[] ring = new byte[capacityBytes];
    private readonly Lock gate = new();
    private long totalWritten;

    /// <summary>Reads <paramref name="source"/> until it closes, which happens when the site exits.</summary>
    public Task PumpAsync(Stream source) => Task.Run(async () =>
    {
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk)) > 0)
            {
                Append(chunk.AsSpan(0, read));
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The pipe went away with the process; what was read is all there is.
        }
    });

    public IReadOnlyList<string> LastLines(int count)
    {
        byte[] ordered;
        bool wrapped;
        lock (gate)
        {
            wrapped = totalWritten > ring.Length;
            var length = (int)Math.Min(totalWritten, ring.Length);
            var start = wrapped ? (int)(totalWritten % ring.Length) : 0;
            ordered = new byte[length];
            var firstPart = Math.Min(length, ring.Length - start);
            ring.AsSpan(start, firstPart).CopyTo(ordered);
            ring.AsSpan(0, length - firstPart).CopyTo(ordered.AsSpan(firstPart));
        }

        var lines = Encoding.UTF8.GetString(ordered)
            .Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0)
            .ToList();
        if (wrapped && lines.Count > 0)
        {
            // The oldest line was cut in half when the ring wrapped.
            lines.RemoveAt(0);
        }

        return lines.Count > count ? lines[^count..] : lines;
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        lock (gate)
        {
            totalWritten += data.Length;
            if (data.Length > ring.Length)
            {
                data = data[^ring.Length..];
            }

            var start = (int)((totalWritten - data.Length) % ring.Length);
            var firstPart = Math.Min(data.Length, ring.Length - start);
            data[..firstPart].CopyTo(ring.AsSpan(start));
            data[firstPart..].CopyTo(ring);
        }
    }
}
