using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BcpLocalOffer.Web.Hosting;

/// <summary>
/// Work a restart does that needs neither the database nor a request, begun on a pool thread as soon
/// as the app is built: EF Core's internal services, the migrations history model, the relational
/// model and its query pipeline, and
/// the rich-text sanitiser (AngleSharp's CSS tables). Until the published snapshots load, start-up
/// runs on one thread (pipeline, schema, key ring, seed checks) and the other core sat idle; each of
/// these cost that thread a fifth of a second or more when it came to them first.
/// </summary>
internal static class StartupWarmUp
{
    private const string SampleText = "## Sample\n\nA [link](/short-breaks) and *emphasis*.\n\n| Support | Who |\n| --- | --- |\n| Short breaks | Families |\n";

    public static void Begin(IServiceProvider services) => _ = Task.Run(() =>
    {
        try
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            // In the order start-up needs them. None of these touches the database, which may not have
            // its schema yet: the migrations history table's model, the model's tables, one query's translation.
            _ = db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript();
            _ = db.Model.GetRelationalModel();
            _ = db.ChangeFeed.AsNoTracking().Where(e => e.Sequence > 0).ToQueryString();
            scope.ServiceProvider.GetRequiredService<IRichTextRenderer>().ToSafeHtml(SampleText);
        }
        catch (Exception exception)
        {
            // Nothing is lost: whatever failed here is done, and reported, where it is first needed.
            services.GetRequiredService<ILogger<LocalOfferDbContext>>().LogDebug(exception, "Start-up warm-up did not finish");
        }
    });
}
