using BcpLocalOffer.Infrastructure.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Media;

public static class MediaUploadLimits
{
    /// <summary>
    /// Kestrel's request limit and the form reader's limits follow the configured media size, so
    /// a council that raises the limit does not also have to find these.
    /// </summary>
    public static IServiceCollection AddMediaUploadLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<MediaOptions>>((kestrel, media) =>
            kestrel.Limits.MaxRequestBodySize = media.Value.MaxRequestBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<MediaOptions>>((form, media) =>
        {
            form.MultipartBodyLengthLimit = media.Value.MaxRequestBytes;
        });
        return services;
    }
}
