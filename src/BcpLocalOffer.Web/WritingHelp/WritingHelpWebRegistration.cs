using BcpLocalOffer.Core.WritingHelp;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.WritingHelp;

public static class WritingHelpWebRegistration
{
    /// <summary>The editor's writing help: its settings (a bad target fails the start, not the editor) and the adviser.</summary>
    public static IServiceCollection AddWritingHelp(this IServiceCollection services)
    {
        services.AddOptions<WritingHelpOptions>().BindConfiguration(WritingHelpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new WritingAdviser(provider.GetRequiredService<IOptions<WritingHelpOptions>>().Value));
        return services;
    }
}
