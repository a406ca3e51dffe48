using System.Diagnostics;
using System.Security.Cryptography;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BcpLocalOffer.Benchmarks;

/// <summary>An editor account the benchmark made for this run, with a password nobody else knows.</summary>
internal sealed record BenchmarkAccount(string Email, string Password, string Role);

/// <summary>A generated page that is live, which the publish rounds edit and watch.</summary>
internal sealed record GeneratedPage(Guid Key, string PublicPath);

/// <param name="LargestParent">A generated page with the most generated pages directly beneath it, for opening in the content list.</param>
internal sealed record GeneratedContent(int Pages, int Versions, TimeSpan Took, BenchmarkAccount Author, BenchmarkAccount Board, IReadOnlyList<GeneratedPage> PublishedLeaves, Guid? LargestParent);

/// <summary>
/// Fills a stopped site's scratch database with thousands of pages and two editor accounts,
/// through the site's own services (its DbContext, Identity and <see cref="EditorialAccounts"/>)
/// built exactly as the site builds them, but without serving anything.
/// </summary>
/// <remarks>
/// The pages go straight into the database: 5,000 pages through the editorial forms would take
/// many minutes of sign-in-protected posts and measure the forms, not the list. The accounts are
/// created by the same code as the <c>create-admin</c> command, because a council's server has
/// no demo accounts and the benchmark runs the site as a council would (Production).
/// </remarks>
internal static class EditorialScratchData
{
    // A section of 4 topics of 30 pages each: a realistic width for a menu and a list.
    private const int TopicsPerSection = 4;
    private const int PagesPerTopic = 30;

    private static readonly string[] Subjects =
    [
        "Short breaks", "Speech and language therapy", "Travel to school", "Autism support", "Mental health",
        "Personal budgets", "Early years", "Preparing for adulthood", "Hearing support", "Dyslexia",
        "Occupational therapy", "Holiday activities", "Education, health and care plans", "Wheelchair services", "Sleep support",
    ];

    private static readonly string[] Places =
    [
        "Bournemouth", "Christchurch", "Poole", "Boscombe", "Kinson", "Hamworthy", "Broadstone", "Highcliffe", "Southbourne", "Parkstone",
    ];

    private static readonly string[] Kinds =
    [
        "what to expect", "who can get it", "how to apply", "costs and funding", "questions parents ask", "contacts and opening times",
    ];

    /// <exception cref="BenchmarkFailedException">The accounts could not be created.</exception>
    public static async Task<GeneratedContent> CreateAsync(string webDll, string dataPath, int pages, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = Path.GetDirectoryName(webDll),
            Args =
            [
                $"--LocalOffer:DataPath={dataPath}",
                "--LocalOffer:Database:Provider=Sqlite",
                $"--LocalOffer:Database:ConnectionString=Data Source={Path.Combine(dataPath, "localoffer.db")}",
                "--Serilog:MinimumLevel:Default=Warning",
            ],
        });
        builder.AddLocalOffer();
        var started = Stopwatch.GetTimestamp();
        await using (var app = builder.Build())
        {
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var organisations = ContentSeedReader.ReadOrganisations(Path.Combine(WebAppBuild.RepositoryRoot(), "content-seed")).Order(StringComparer.Ordinal).ToArray();
            var db = services.GetRequiredService<LocalOfferDbContext>();
            var (versions, leaves, largestParent) = await InsertPagesAsync(db, pages, organisations, cancellationToken);

            var accounts = services.GetRequiredService<EditorialAccounts>();
            var author = await CreateAccountAsync(accounts, "benchmark-author@local-offer.test", EditorialRoles.Author, "Benchmark Author", "Parent Carers Together");
            var board = await CreateAccountAsync(accounts, "benchmark-board@local-offer.test", EditorialRoles.EditorialBoard, "Benchmark Board Member", "BCP Council SEND Service");
            var took = Stopwatch.GetElapsedTime(started);

            // The site opens the same file next; nothing of this process may hold it.
            SqliteConnection.ClearAllPools();
            return new GeneratedContent(pages, versions, took, author, board, leaves, largestParent);
        }
    }

    public static async Task<BenchmarkAccount> CreateAccountAsync(EditorialAccounts accounts, string email, string role, string name, string organisation)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var result = await accounts.CreateAsync(email, password, role, name, organisation);
        if (!result.Succeeded)
        {
            throw new BenchmarkFailedException($"Could not create {email}: {EditorialAccounts.Describe(result)}");
        }

        return new BenchmarkAccount(email, password, role);
    }

    private static async Task<(int Versions, IReadOnlyList<GeneratedPage> PublishedLeaves, Guid? LargestParent)> InsertPagesAsync(
        LocalOfferDbContext db, int count, string[] organisations, CancellationToken cancellationToken)
    {
        var home = db.ContentNodes.Single(n => n.ParentKey == null);
        var sortAfterSeed = db.ContentNodes.Where(n => n.ParentKey == home.Key).Max(n => (int?)n.SortOrder) ?? 0;
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var random = new Random(20261122);
        var nodes = new List<ContentNode>(count);
        var toPublish = new List<(ContentNode Node, ContentVersion Version)>(count);
        var leaves = new List<GeneratedPage>();
        var versions = 0;

        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // Most pages are live with one approved version; some have a newer draft or a change
        // awaiting review, and a few pages at the bottom of the tree were never published, as on
        // a site that is being edited. Sections and topics are all live, so every live page can be reached.
        ContentNode Add(Guid parent, string documentType, string segment, int sortOrder, string name, int index, bool leaf = false)
        {
            var node = new ContentNode
            {
                Key = Guid.NewGuid(),
                ParentKey = parent,
                DocumentTypeAlias = documentType,
                UrlSegment = segment,
                SortOrder = sortOrder,
                CreatedAt = now,
            };
            nodes.Add(node);
            var owner = organisations[index % organisations.Length];
            var reviewBy = today.AddDays(random.Next(-60, 365));
            var neverPublished = leaf && index % 50 == 7;
            var first = Version(node, 1, name, owner, reviewBy, neverPublished ? WorkflowState.Draft : WorkflowState.Approved, index);
            node.Versions.Add(first);
            versions++;
            if (!neverPublished)
            {
                toPublish.Add((node, first));
            }

            if (!neverPublished && index % 10 == 3)
            {
                node.Versions.Add(Version(node, 2, name + " (updated)", owner, reviewBy, index % 20 == 3 ? WorkflowState.Submitted : WorkflowState.Draft, index));
                versions++;
            }

            return node;
        }

        var index = 0;
        for (var section = 1; index < count; section++)
        {
            var sectionName = $"{Subjects[section % Subjects.Length]} in {Places[section % Places.Length]} ({section})";
            var sectionSegment = $"benchmark-area-{section}";
            var sectionNode = Add(home.Key, DocumentTypes.SectionPage, sectionSegment, sortAfterSeed + (section * 10), sectionName, index++);
            for (var topic = 1; topic <= TopicsPerSection && index < count; topic++)
            {
                var topicName = $"{Subjects[(section + topic) % Subjects.Length]}: {Places[(section * topic) % Places.Length]}";
                var topicSegment = $"topic-{topic}";
                var topicNode = Add(sectionNode.Key, DocumentTypes.ContentPage, topicSegment, topic * 10, topicName, index++);
                for (var page = 1; page <= PagesPerTopic && index < count; page++)
                {
                    var pageIndex = index++;
                    var name = $"{Subjects[(section + topic + page) % Subjects.Length]} in {Places[page % Places.Length]}: {Kinds[page % Kinds.Length]}";
                    var leaf = Add(topicNode.Key, DocumentTypes.ContentPage, $"page-{page}", page * 10, name, pageIndex, leaf: true);
                    if (toPublish.Count > 0 && toPublish[^1].Node == leaf && leaf.Versions.Count == 1)
                    {
                        leaves.Add(new GeneratedPage(leaf.Key, $"/{sectionSegment}/{topicSegment}/page-{page}"));
                    }
                }
            }
        }

        // Versions get their ids on insert; the published pointer is set in a second step, as the seed import does.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ContentNodes.AddRange(nodes);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (node, version) in toPublish)
        {
            node.PublishedVersionId = version.Id;
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var largestParent = nodes.Where(n => n.ParentKey != home.Key).GroupBy(n => n.ParentKey!.Value).MaxBy(g => g.Count())?.Key;
        return (versions, leaves, largestParent);

        ContentVersion Version(ContentNode node, int number, string name, string owner, DateOnly reviewBy, WorkflowState state, int i) => new()
        {
            NodeKey = node.Key,
            Number = number,
            Name = name,
            Summary = $"What families in {Places[i % Places.Length]} need to know about {name.ToLowerInvariant()}.",
            Body = Body(name, i),
            OwnerOrganisation = owner,
            ReviewBy = reviewBy,
            LastReviewed = today.AddDays(-random.Next(0, 300)),
            CreatedAt = now,
            CreatedBy = "benchmark",
            Review = new() { State = state, Contributors = "benchmark" },
        };
    }

    // About 250 words of Markdown: rendering every live page's text is part of what a publish
    // costs, so the pages should weigh what real ones do.
    private static string Body(string name, int i) =>
        $"""
        ## About {name.ToLowerInvariant()}

        This page explains {name.ToLowerInvariant()} for children and young people aged 0 to 25 with special educational needs and disabilities, and for their parents and carers. It is reviewed by the organisation that runs the service.

        ## Who it is for

        - children and young people who live in {Places[i % Places.Length]} or go to school there
        - families who want advice before they apply
        - professionals who support a family and want to refer them

        ## How to get support

        Talk to your child's school, nursery or college first. Their special educational needs coordinator (SENCo) can tell you what the setting offers, and can ask for advice from specialist services. You can also contact the service directly: the details are below. If you need an interpreter or information in another format, tell us when you get in touch.

        ## What happens next

        We will reply within 10 working days. If your child needs support urgently, call us and say so. We will explain what we can offer, how long it may take, and what you can do while you wait.

        | Service | When | Where |
        | --- | --- | --- |
        | Drop-in advice | Tuesdays, 10am to 12pm | {Places[(i + 1) % Places.Length]} library |
        | Telephone line | Monday to Friday, 9am to 5pm | 01202 000 {i % 1000:000} |

        [Read more about the Local Offer](/about)
        """;
}
