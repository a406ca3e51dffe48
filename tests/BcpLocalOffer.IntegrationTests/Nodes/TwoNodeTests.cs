using System.Net;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.IntegrationTests.Feedback;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;
using BcpLocalOffer.Web.Feedback;
using Microsoft.AspNetCore.DataProtection;
using BcpLocalOffer.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcpLocalOffer.IntegrationTests.Nodes;

/// <summary>Two nodes of the site, each with its own data folder and memory, on one database.</summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly string postgresDatabase = "localoffer_test_" + Guid.NewGuid().ToString("N");
    private const string LeafPage = "/short-breaks/what-short-breaks-are";
    private static readonly Uri Https = new("https://localhost");
    private static readonly Editor Board = new("board@example.test", CanPublish: true);
    private static readonly Editor OtherBoardMember = new("chair@example.test", CanPublish: true);

    // The poll is set to half a second; twenty seconds is generous for a loaded CI machine.
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(20);

    private readonly string root = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
    private readonly AdjustableClock clock = new(DateTimeOffset.UtcNow);
    private Node a = null!;
    private Node b = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        var connection = TestDatabase.IsPostgres
            ? TestDatabase.NewPostgresDatabase(postgresDatabase)
            : $"Data Source={Path.Combine(root, "shared.db")}";
        a = new Node("node-a", Path.Combine(root, "a"), connection, clock);
        b = new Node("node-b", Path.Combine(root, "b"), connection, clock);
        _ = a.Server;
        _ = b.Server;
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_page_published_on_one_node_is_served_by_the_other()
    {
        var before = await b.CreateClient().GetStringAsync("/short-breaks");
        Assert.DoesNotContain("Published on node A", before);

        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var key = await db.ContentNodes.Where(n => n.Key == BcpLocalOffer.Infrastructure.ContentSeed.SeedKeys.ForTreePath("short-breaks")).Select(n => n.Key).SingleAsync();
            await EditorChanges.PublishAsync(db, key, v => v.Summary = "Published on node A");
            await scope.ServiceProvider.GetRequiredService<PublishedCacheLoader>().RefreshAsync();
        }

        Assert.Contains("Published on node A", await a.CreateClient().GetStringAsync("/short-breaks"));
        Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await b.CreateClient().GetStringAsync("/short-breaks")).Contains("Published on node A")),
            "Node B never served the page node A published");
    }

    [Fact]
    public void What_one_node_protects_the_other_can_read()
    {
        var protectedOnA = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a sign-in cookie");

        Assert.Equal("a sign-in cookie", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedOnA));
    }

    [Fact]
    public async Task A_due_scheduled_change_is_run_once_when_both_nodes_check_at_the_same_time()
    {
        var change = await ScheduleUnpublishOnAAsync();
        clock.Advance(TimeSpan.FromMinutes(3));

        var ran = await Task.WhenAll(a.Scheduler.RunOnceAsync(), b.Scheduler.RunOnceAsync());

        Assert.Equal(1, ran.Sum());
        Assert.Equal(ScheduleStatus.Done, (await ChangeAsync(change.Id)).Status);
        Assert.Single(await PageAuditAsync(change.NodeKey), e => e.Action == AuditAction.Unpublished);
        Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await b.CreateClient().GetAsync(LeafPage)).StatusCode == HttpStatusCode.NotFound),
            "Node B still served the page after the scheduled unpublish");
    }

    [Fact]
    public async Task A_scheduled_change_whose_node_died_after_applying_it_does_not_undo_a_newer_publish()
    {
        var change = await ScheduleUnpublishOnAAsync();
        clock.Advance(TimeSpan.FromMinutes(3));
        // Node A claims the change and unpublishes the page, then dies before marking it done.
        await ClaimAsync(change.Id);
        await using (var scope = a.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentEditing>().UnpublishAsync(change.NodeKey, Board)).Succeeded);
        }

        // The board puts the page back by hand.
        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var scope = b.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var approved = await db.ContentVersions.Where(v => v.NodeKey == change.NodeKey && v.Review.State == WorkflowState.Approved).MaxAsync(v => v.Number);
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentEditing>().PublishApprovedAsync(change.NodeKey, approved, OtherBoardMember, "Back by hand")).Succeeded);
        }

        // Past the stale-claim time, node B picks the change up again.
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await b.Scheduler.RunOnceAsync());

        Assert.Equal(ScheduleStatus.Done, (await ChangeAsync(change.Id)).Status);
        Assert.Single(await PageAuditAsync(change.NodeKey), e => e.Action == AuditAction.Unpublished);
        Assert.Equal(HttpStatusCode.OK, (await b.CreateClient().GetAsync(LeafPage)).StatusCode);
    }

    [Fact]
    public async Task A_scheduled_change_whose_node_died_before_applying_it_is_run_by_the_other_node()
    {
        var change = await ScheduleUnpublishOnAAsync();
        clock.Advance(TimeSpan.FromMinutes(3));
        await ClaimAsync(change.Id);

        // Within the stale-claim time the claim stands: nobody runs it twice.
        Assert.Equal(0, await b.Scheduler.RunOnceAsync());
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await b.Scheduler.RunOnceAsync());

        Assert.Equal(ScheduleStatus.Done, (await ChangeAsync(change.Id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await b.CreateClient().GetAsync(LeafPage)).StatusCode);
    }

    [Fact]
    public async Task A_scheduled_change_left_unfinished_is_not_run_over_a_page_changed_since_and_the_board_is_told()
    {
        var change = await ScheduleUnpublishOnAAsync();
        clock.Advance(TimeSpan.FromMinutes(3));
        await ClaimAsync(change.Id);
        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var scope = b.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var latest = await db.ContentVersions.Where(v => v.NodeKey == change.NodeKey).MaxAsync(v => v.Number);
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentEditing>().SaveDraftAsync(change.NodeKey, latest, v => v.Summary = "Edited while the change was stuck", OtherBoardMember)).Succeeded);
        }

        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await b.Scheduler.RunOnceAsync());

        var after = await ChangeAsync(change.Id);
        Assert.Equal(ScheduleStatus.Failed, after.Status);
        Assert.Contains("not run again", after.Outcome);
        Assert.Equal(HttpStatusCode.OK, (await b.CreateClient().GetAsync(LeafPage)).StatusCode);
    }

    [Fact]
    public async Task Nodes_sharing_one_data_folder_keep_their_own_search_index()
    {
        await using var c = new Node("node-c", Path.Combine(root, "a"), a.Connection, clock);
        await WaitUntilReadyAsync(a, c);

        var indexes = Path.Combine(root, "a", "search-index");
        Assert.Equal(["node-a", "node-c"], Directory.GetDirectories(indexes).Select(Path.GetFileName).Order());
        foreach (var node in new[] { "node-a", "node-c" })
        {
            var current = File.ReadAllText(Path.Combine(indexes, node, "current")).Trim();
            Assert.True(Directory.Exists(Path.Combine(indexes, node, current)), $"{node}'s live index folder was deleted");
        }

        Assert.Contains("/short-breaks", await a.CreateClient().GetStringAsync("/search?q=short+breaks"));
    }

    [Fact]
    public async Task A_feedback_topic_renamed_on_one_node_is_shown_on_the_other_nodes_you_said_we_did_entries()
    {
        int entry;
        int topic;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            topic = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.Where(t => !t.IsRetired).Select(t => t.Id).FirstAsync();
            var editing = scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Infrastructure.YouSaidWeDid.YouSaidWeDidEditing>();
            var drafted = await editing.DraftAsync(new Core.YouSaidWeDid.EntryContent(
                "The short breaks page did not say how to apply.", "We added the steps to the page.", Core.YouSaidWeDid.EntryOutcome.Done, null,
                DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), topic, null, [], [], []), OtherBoardMember);
            Assert.True(drafted.Succeeded, drafted.Reason);
            entry = drafted.Value!.Id;
            Assert.True((await editing.SubmitAsync(entry, OtherBoardMember)).Succeeded);
            var approved = await editing.ApproveAsync(entry, drafted.Value.Review.Revision, Board);
            Assert.True(approved.Succeeded, approved.Reason);
        }

        var label = "Renamed topic " + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = a.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Infrastructure.Feedback.FeedbackTopics>().RenameAsync(topic, label, Board)).Succeeded);
        }

        var page = $"{BcpLocalOffer.Web.YouSaidWeDid.YouSaidWeDidController.Root}/{entry}";
        Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => await b.CreateClient().GetAsync(page) is { IsSuccessStatusCode: true } shown && (await shown.Content.ReadAsStringAsync()).Contains(label)),
            "Node B's You said - We did entry never showed the renamed topic");
        Assert.Contains(label, await a.CreateClient().GetStringAsync(page));
    }

    [Fact]
    public async Task A_file_uploaded_on_one_node_is_served_by_the_other_until_it_is_deleted()
    {
        var pdf = "%PDF-1.7\n% a leaflet about short breaks\n"u8.ToArray().Concat(Enumerable.Range(0, 5000).Select(i => (byte)(i % 251))).ToArray();
        Core.Media.MediaItem item;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var uploaded = await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Infrastructure.Media.MediaLibrary>()
                .UploadAsync(new MemoryStream(pdf), pdf.Length, "leaflet.pdf", "Short breaks leaflet", null, Board);
            Assert.True(uploaded.Succeeded);
            item = uploaded.Item!;
            var approved = await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Infrastructure.Media.MediaLibrary>().ApproveAsync(item.Key, item.Review.Revision, OtherBoardMember);
            Assert.True(approved.Succeeded, approved.Reason);
        }

        var served = await b.CreateClient().GetAsync(item.PublicPath);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await served.Content.ReadAsByteArrayAsync());

        await using (var scope = a.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Infrastructure.Media.MediaLibrary>().DeleteAsync(item.Key, Board)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await b.CreateClient().GetAsync(item.PublicPath)).StatusCode);
    }

    [Fact]
    public async Task A_file_uploaded_before_the_bytes_were_kept_in_the_database_is_stored_from_its_nodes_folder_and_served_by_every_node()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        var item = new Core.Media.MediaItem
        {
            Key = Guid.NewGuid(),
            Title = "Map of the centre",
            AltText = "A map",
            ContentType = "image/png",
            Extension = "png",
            Slug = "map-of-the-centre",
            SizeBytes = png.Length,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = Board.Id,

            // Uploaded before media went through the workflow: public already, as the migration leaves such files.
            Review = new() { State = WorkflowState.Approved, Contributors = Board.Id },
            PublishedAt = clock.GetUtcNow(),
        };
        item.StoredFileName = $"{item.Key:N}.png";
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            db.MediaItems.Add(item);
            await db.SaveChangesAsync();
            var folder = scope.ServiceProvider.GetRequiredService<DataFolder>().Media;
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, item.StoredFileName), png);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await b.CreateClient().GetAsync(item.PublicPath)).StatusCode);
        await using (var scope = a.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Infrastructure.Media.MediaLibrary>().StoreFilesFromFolderAsync());
        }

        Assert.Equal(png, await b.CreateClient().GetByteArrayAsync(item.PublicPath));
    }

    [Fact]
    public async Task A_sign_in_its_forms_a_set_password_link_and_a_familys_form_made_on_one_node_all_work_on_the_other()
    {
        var email = $"admin-{Guid.NewGuid():N}@local-offer.test";
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Web.Accounts.EditorialAccounts>()
                .CreateAsync(email, TestAccounts.Password, BcpLocalOffer.Infrastructure.Identity.EditorialRoles.Administrator, "Test administrator", "BCP Council");
            Assert.True(created.Succeeded);
        }

        // One browser, its requests shared out by the load balancer: cookies made on either node go to both.
        var cookies = new System.Net.CookieContainer();
        var onA = a.CreateDefaultClient(Https, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        var onB = b.CreateDefaultClient(Https, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

        var signedIn = await PostAcrossAsync(onA, "/editorial/sign-in", onB, "/editorial/sign-in", new() { ["Email"] = email, ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var dashboard = await onA.GetAsync("/editorial");
        Assert.True(dashboard.StatusCode == HttpStatusCode.OK, $"{dashboard.StatusCode} {dashboard.Headers.Location} after sign-in {signedIn.Headers.Location}");

        var newAccount = $"author-{Guid.NewGuid():N}@local-offer.test";
        var created2 = await PostAcrossAsync(onB, "/editorial/users/new", onA, "/editorial/users/new", new()
        {
            ["Email"] = newAccount,
            ["DisplayName"] = "Nadia Author",
            ["Roles"] = BcpLocalOffer.Infrastructure.Identity.EditorialRoles.Author,
            ["Organisation"] = "Parent Carers Together",
        });
        Assert.Equal(HttpStatusCode.OK, created2.StatusCode);
        var link = new Uri(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await created2.Content.ReadAsStringAsync(), "id=\"set-password-link\"[^>]*>([^<]+)<").Groups[1].Value.Trim()));

        var person = new System.Net.CookieContainer();
        var personOnA = a.CreateDefaultClient(Https, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(person));
        var personOnB = b.CreateDefaultClient(Https, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(person));
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var set = await PostAcrossAsync(personOnB, link.PathAndQuery, personOnA, "/editorial/account/set-password", new()
        {
            ["User"] = query["user"]!,
            ["Token"] = query["token"]!,
            ["Password"] = "nadia-chose-this-password",
            ["ConfirmPassword"] = "nadia-chose-this-password",
        });
        Assert.Contains("Your password is set", await set.Content.ReadAsStringAsync());

        // A family's comment: the form from node A, sent to node B.
        var family = a.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await PublicForm.TokenAsync(family, "/have-your-say");
        int topic;
        await using (var scope = b.Services.CreateAsyncScope())
        {
            topic = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.Where(t => !t.IsRetired).Select(t => t.Id).FirstAsync();
        }

        var sent = await PublicForm.PostAsync(b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "/have-your-say", token, PublicForm.Comment(topic, "Sent across two nodes"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith("/have-your-say/sent/", sent.Headers.Location?.OriginalString);
    }

    /// <summary>Gets a form from one node and posts it, with that page's antiforgery token, to the other.</summary>
    private static async Task<HttpResponseMessage> PostAcrossAsync(HttpClient formFrom, string formPage, HttpClient postTo, string action, Dictionary<string, string> fields)
    {
        var page = await formFrom.GetStringAsync(formPage);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        fields["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value);
        return await postTo.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [PostgresFact]
    public async Task With_notifications_a_publish_on_one_node_reaches_the_other_without_waiting_for_the_poll()
    {
        await using var c = new Node("node-c", Path.Combine(root, "c"), a.Connection, clock, pollSeconds: 3600);
        await using var d = new Node("node-d", Path.Combine(root, "d"), a.Connection, clock, pollSeconds: 3600);
        await WaitUntilReadyAsync(c, d);

        await PublishShortBreaksSummaryAsync(c, "Told by a notification");

        Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await d.CreateClient().GetStringAsync("/short-breaks")).Contains("Told by a notification")),
            "Node D, which polls only hourly, never heard of node C's publish");
    }

    [Fact]
    public async Task With_notifications_switched_off_the_poll_alone_brings_a_publish_to_the_other_node()
    {
        await using var c = new Node("node-c", Path.Combine(root, "c"), a.Connection, clock, notifications: false);
        await using var d = new Node("node-d", Path.Combine(root, "d"), a.Connection, clock, notifications: false);
        await WaitUntilReadyAsync(c, d);

        await PublishShortBreaksSummaryAsync(c, "Found by the poll");

        Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await d.CreateClient().GetStringAsync("/short-breaks")).Contains("Found by the poll")),
            "Node D never found node C's publish by polling");
    }

    [Fact]
    public async Task Synonyms_saved_on_one_node_are_used_by_the_others_search()
    {
        // Search answers 503 until a node's index is built.
        await WaitUntilReadyAsync(a, b);
        var admin = await SignedInAdministratorAsync(a);
        Assert.Equal(0, (await SearchApi.GetAsync(b.CreateClient(), "zorbling")).Total);

        var saved = await PostAcrossAsync(admin, "/editorial/search-settings", admin, "/editorial/search-settings/synonyms", new()
        {
            ["synonymsText"] = "zorbling, short breaks\nrespite, short breaks",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await SearchApi.GetAsync(b.CreateClient(), "zorbling")).Total > 0),
            "Node B's search never used the synonym saved on node A");
    }

    [Fact]
    public async Task Two_nodes_starting_together_on_an_empty_database_both_come_up_with_the_content_imported_once()
    {
        var database = "localoffer_test_" + Guid.NewGuid().ToString("N");
        var connection = TestDatabase.IsPostgres ? TestDatabase.NewPostgresDatabase(database) : $"Data Source={Path.Combine(root, "race.db")}";
        // Built one after the other, then started at the same moment: the start-up work (schema, seed
        // import, first loads) is what races. (The test factory cannot build two hosts at once.)
        var c = BuildHost("node-c", Path.Combine(root, "c"), connection);
        var d = BuildHost("node-d", Path.Combine(root, "d"), connection);
        try
        {
            await Task.WhenAll(c.StartAsync(), d.StartAsync());

            foreach (var host in new[] { c, d })
            {
                var client = host.GetTestClient();
                Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode), "A node never became ready");
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/short-breaks")).StatusCode);
            }

            await using var scope = c.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            Assert.Equal(1, await db.ContentNodes.CountAsync(n => n.ParentKey == null));
            Assert.Single(await db.SiteSettings.Where(setting => setting.Key == "seed.imported.content").ToListAsync());
            var pages = await db.ContentNodes.Select(n => new { n.ParentKey, n.UrlSegment }).ToListAsync();
            Assert.Equal(pages.Count, pages.Distinct().Count());
        }
        finally
        {
            await c.StopAsync();
            await d.StopAsync();
            await c.DisposeAsync();
            await d.DisposeAsync();
            if (TestDatabase.IsPostgres)
            {
                await TestDatabase.DropPostgresDatabaseAsync(database);
            }
        }
    }

    private WebApplication BuildHost(string id, string dataPath, string connection)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = WebProjectFolder(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalOffer:DataPath"] = dataPath,
            ["LocalOffer:NodeId"] = id,
            ["LocalOffer:ChangeFeed:PollSeconds"] = "0.5",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["LocalOffer:Database:Provider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite",
            ["LocalOffer:Database:ConnectionString"] = connection,
        });
        builder.WebHost.UseTestServer();
        builder.AddLocalOffer();
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(clock);
        var app = builder.Build();
        app.UseLocalOffer();
        return app;
    }

    private static string WebProjectFolder() => Path.Combine(BcpLocalOffer.Tests.Shared.RepositoryFolder.Root(), "src", "BcpLocalOffer.Web");

    private static async Task WaitUntilReadyAsync(params Node[] nodes)
    {
        foreach (var node in nodes)
        {
            Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await node.CreateClient().GetAsync("/health/ready")).IsSuccessStatusCode), "A node never became ready");
        }
    }

    private static async Task PublishShortBreaksSummaryAsync(Node node, string summary)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var key = await db.ContentNodes.Where(n => n.Key == BcpLocalOffer.Infrastructure.ContentSeed.SeedKeys.ForTreePath("short-breaks")).Select(n => n.Key).SingleAsync();
        await EditorChanges.PublishAsync(db, key, v => v.Summary = summary);
        await scope.ServiceProvider.GetRequiredService<PublishedCacheLoader>().RefreshAsync();
    }

    /// <summary>A new administrator, signed in on <paramref name="node"/>: a client that keeps its cookies.</summary>
    private static async Task<HttpClient> SignedInAdministratorAsync(Node node)
    {
        var email = $"admin-{Guid.NewGuid():N}@local-offer.test";
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Web.Accounts.EditorialAccounts>()
                .CreateAsync(email, TestAccounts.Password, BcpLocalOffer.Infrastructure.Identity.EditorialRoles.Administrator, "Test administrator", "BCP Council");
            Assert.True(created.Succeeded);
        }

        var client = node.CreateDefaultClient(Https, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(new System.Net.CookieContainer()));
        var signedIn = await PostAcrossAsync(client, "/editorial/sign-in", client, "/editorial/sign-in", new() { ["Email"] = email, ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    [PostgresFact]
    public async Task While_the_database_is_away_both_nodes_stay_ready_pages_and_search_are_served_and_a_family_gets_their_comments_back()
    {
        int topic;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            topic = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.Where(t => !t.IsRetired).Select(t => t.Id).FirstAsync();
        }

        foreach (var node in new[] { a, b })
        {
            Assert.True(await Eventually.TrueWithinAsync(SettleTime, async () => (await node.CreateClient().GetAsync("/health/ready")).IsSuccessStatusCode), "A node never became ready");
        }

        var family = a.CreateClient();
        var token = await PublicForm.TokenAsync(family, "/have-your-say");
        var comment = "Sent while the database was away " + Guid.NewGuid();

        await TestDatabase.SetPostgresConnectionsAllowedAsync(postgresDatabase, allowed: false);
        try
        {
            foreach (var node in new[] { a, b })
            {
                var client = node.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/database")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/short-breaks")).StatusCode);
                Assert.Contains("/short-breaks", await client.GetStringAsync("/search?q=short+breaks"));
            }

            var refused = await PublicForm.PostAsync(family, "/have-your-say", token, PublicForm.Comment(topic, comment));
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(FeedbackController.NotSentMessage), html);
            Assert.Contains(comment, html);
        }
        finally
        {
            await TestDatabase.SetPostgresConnectionsAllowedAsync(postgresDatabase, allowed: true);
        }

        // Back again: the same comments, sent again, are stored.
        var sent = await PublicForm.PostAsync(family, "/have-your-say", await PublicForm.TokenAsync(family, "/have-your-say"), PublicForm.Comment(topic, comment));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.StartsWith("/have-your-say/sent/", sent.RequestMessage!.RequestUri!.AbsolutePath);
        await using (var scope = b.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.AnyAsync(i => i.Comment == comment));
        }
    }

    private async Task<ScheduledChange> ScheduleUnpublishOnAAsync()
    {
        await using var scope = a.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var key = await db.ContentNodes.Where(n => n.UrlSegment == "what-short-breaks-are").Select(n => n.Key).SingleAsync();
        // A schedule runs only while the board member who set it can still publish, so they need an account.
        var created = await scope.ServiceProvider.GetRequiredService<BcpLocalOffer.Web.Accounts.EditorialAccounts>()
            .CreateAsync(Board.Id, "board-member-password-for-tests", BcpLocalOffer.Infrastructure.Identity.EditorialRoles.EditorialBoard, "Board member", "SENDIASS");
        Assert.True(created.Succeeded);
        var scheduled = await scope.ServiceProvider.GetRequiredService<ContentScheduling>()
            .ScheduleAsync(key, ScheduledAction.Unpublish, null, clock.GetUtcNow().UtcDateTime.AddMinutes(2), Board);
        Assert.True(scheduled.Succeeded, scheduled.Reason);
        return scheduled.Value!;
    }

    /// <summary>What a node's scheduler does first: marks the change as running on it.</summary>
    private async Task ClaimAsync(long id)
    {
        await using var scope = a.Services.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ScheduledChanges.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ScheduleStatus.Running).SetProperty(c => c.ClaimedAtUtc, now));
    }

    private async Task<ScheduledChange> ChangeAsync(long id)
    {
        await using var scope = a.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ScheduledChanges.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private async Task<List<AuditEntry>> PageAuditAsync(Guid key)
    {
        await using var scope = a.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.AsNoTracking().Where(e => e.Capability == AuditCapability.Page && e.ItemKey == AuditSubject.Key(key)).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (TestDatabase.IsPostgres)
        {
            await TestDatabase.DropPostgresDatabaseAsync(postgresDatabase);
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing.
        }
    }

    private sealed class Node(string id, string dataPath, string connection, AdjustableClock clock, double pollSeconds = 0.5, bool notifications = true)
        : WebApplicationFactory<Program>
    {
        public string Connection => connection;

        public ScheduledChangeRunner Scheduler => Services.GetRequiredService<ScheduledChangeRunner>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("LocalOffer:DataPath", dataPath);
            builder.UseSetting("LocalOffer:NodeId", id);
            builder.UseSetting("LocalOffer:ChangeFeed:PollSeconds", pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("LocalOffer:ChangeFeed:Notifications", notifications ? "true" : "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // Board members sign in with a password alone here; TwoFactorByDefaultTests keep the default.
            builder.UseSetting("LocalOffer:TwoFactor:RequiredByDefaultFor", "");
            builder.UseSetting("LocalOffer:Database:Provider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
            builder.UseSetting("LocalOffer:Database:ConnectionString", connection);
            // Only the tests run the scheduler, after moving the shared clock on.
            builder.UseSetting("LocalOffer:Scheduling:CheckIntervalSeconds", "86400");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            });
        }
    }
}
