using System.Globalization;

namespace BcpLocalOffer.Infrastructure.Media;

/// <summary>The "LocalOffer:Media" configuration section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "LocalOffer:Media";

    /// <summary>The largest file an editor may upload; 10 MB unless configured.</summary>
    public long MaxFileSizeBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// The request and form limits: twice the file limit plus room for the other fields, so a file
    /// a little too large still reaches the form and gets a clear message rather than a bare error.
    /// </summary>
    public long MaxRequestBytes => (MaxFileSizeBytes * 2) + (1024 * 1024);

    public string DisplayMaxSize => MaxFileSizeBytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{MaxFileSizeBytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{MaxFileSizeBytes / 1024} KB");
}
