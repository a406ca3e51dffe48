using Microsoft.EntityFrameworkCore.Migrations;

namespace BcpLocalOffer.Infrastructure.Data.Migrations;

/// <summary>
/// The data half of the OneEditorialWorkflow migration, the same for both engines but for how a
/// key and a date are written: every reviewable item's contributors start as the person who last
/// saved it, versions' revisions are their numbers, and the audit log's old words become typed
/// actions keyed by capability and item (words no action matches are kept at the start of the
/// entry's detail, so nothing recorded is lost).
/// </summary>
public static class OneEditorialWorkflowData
{
    private static readonly (string Old, string Capability, string Action)[] AuditActions =
    [
        ("Created", "Page", "Created"), ("Saved", "Page", "Saved"), ("Submitted for review", "Page", "Submitted"),
        ("Changes requested", "Page", "ChangesRequested"), ("Approved and published", "Page", "Approved"), ("Published", "Page", "Published"),
        ("Unpublished", "Page", "Unpublished"), ("Rolled back", "Page", "RolledBack"), ("Moved", "Page", "Moved"), ("Reordered", "Page", "Reordered"),
        ("URL changed", "Page", "UrlChanged"), ("Archived", "Page", "Archived"), ("Restored", "Page", "Restored"),
        ("Marked as reviewed", "Page", "MarkedReviewed"), ("Scheduled", "Page", "Scheduled"), ("Schedule cancelled", "Page", "ScheduleCancelled"),
        ("Scheduled change failed", "Page", "ScheduledChangeFailed"),
        ("Service created", "Service", "Created"), ("Service saved", "Service", "Saved"), ("Service submitted for review", "Service", "Submitted"),
        ("Service changes requested", "Service", "ChangesRequested"), ("Service approved and published", "Service", "Approved"),
        ("Directory seed imported", "Service", "SeedImported"),
        ("Plan change drafted", "PlanStatusChange", "Created"), ("Plan change saved", "PlanStatusChange", "Saved"),
        ("Plan change submitted", "PlanStatusChange", "Submitted"), ("Plan change returned", "PlanStatusChange", "ChangesRequested"),
        ("Plan change approved and published", "PlanStatusChange", "Approved"),
        ("Quarterly report drafted", "QuarterlyReport", "Created"), ("Quarterly report saved", "QuarterlyReport", "Saved"),
        ("Quarterly report submitted", "QuarterlyReport", "Submitted"), ("Quarterly report returned", "QuarterlyReport", "ChangesRequested"),
        ("Quarterly report published", "QuarterlyReport", "Approved"),
        ("You said – We did drafted", "YouSaidWeDid", "Created"), ("You said – We did saved", "YouSaidWeDid", "Saved"),
        ("You said – We did submitted", "YouSaidWeDid", "Submitted"), ("You said – We did returned", "YouSaidWeDid", "ChangesRequested"),
        ("You said – We did approved and published", "YouSaidWeDid", "Approved"), ("You said – We did unpublished", "YouSaidWeDid", "Unpublished"),
        ("Media uploaded", "Media", "Uploaded"), ("Media updated", "Media", "Updated"), ("Media deleted", "Media", "Deleted"),
        ("Redirect added", "Redirect", "Added"), ("Redirect removed", "Redirect", "Removed"),
        ("Organisation added", "Organisation", "Added"), ("Organisation renamed", "Organisation", "Renamed"),
        ("Organisation retired", "Organisation", "Retired"), ("Organisation brought back", "Organisation", "BroughtBack"),
        ("Two-factor requirement changed", "Account", "TwoFactorRequirementChanged"), ("Account created", "Account", "Created"),
        ("Account changed", "Account", "Updated"), ("Set-password link made", "Account", "SetPasswordLinkMade"),
        ("Account disabled", "Account", "Disabled"), ("Account enabled", "Account", "Enabled"), ("Account unlocked", "Account", "Unlocked"),
        ("Two-factor reset", "Account", "TwoFactorReset"),
        ("Personal data exported", "Feedback", "PersonalDataExported"), ("Personal data erased", "Feedback", "PersonalDataErased"),
        ("Feedback retention", "Feedback", "RetentionApplied"), ("Feedback tagged", "Feedback", "Tagged"),
        ("Feedback note added", "Feedback", "NoteAdded"), ("Feedback reply sent", "Feedback", "ReplySent"),
        ("Feedback topic added", "FeedbackTopic", "Added"), ("Feedback topic renamed", "FeedbackTopic", "Renamed"),
        ("Feedback topic retired", "FeedbackTopic", "Retired"), ("Feedback topic restored", "FeedbackTopic", "BroughtBack"),
    ];

    /// <param name="keyAsText">How the engine writes the old NodeKey column as lower-case text.</param>
    /// <param name="utcAsOffset">How the engine turns the old UTC date column into a date with its offset.</param>
    public static void Apply(MigrationBuilder migration, string keyAsText, Func<string, string> utcAsOffset)
    {
        foreach (var table in new[] { "ContentVersions", "DirectoryServiceVersions", "PlanStatusChanges", "PlanQuarterlyReports", "YouSaidWeDidEntries" })
        {
            migration.Sql($"""UPDATE "{table}" SET "Contributors" = "CreatedBy";""");
        }

        migration.Sql("""UPDATE "ContentVersions" SET "Revision" = "Number";""");
        migration.Sql("""UPDATE "DirectoryServiceVersions" SET "Revision" = "Number";""");
        migration.Sql($"""UPDATE "YouSaidWeDidEntries" SET "ReviewedAt" = {utcAsOffset("\"ReviewedAtUtc\"")} WHERE "ReviewedAtUtc" IS NOT NULL;""");

        foreach (var (old, capability, action) in AuditActions)
        {
            migration.Sql($"""UPDATE "AuditLog" SET "Capability" = '{capability}', "Action" = '{action}' WHERE "Capability" = '' AND "Action" = '{old.Replace("'", "''", StringComparison.Ordinal)}';""");
        }

        migration.Sql("""UPDATE "AuditLog" SET "Capability" = 'Feedback', "Action" = 'StatusChanged', "Detail" = substr("Action" || ': ' || "Detail", 1, 2000) WHERE "Capability" = '' AND "Action" LIKE 'Feedback %';""");
        migration.Sql("""UPDATE "AuditLog" SET "Capability" = 'Site', "Action" = 'Other', "Detail" = substr("Action" || ': ' || "Detail", 1, 2000) WHERE "Capability" = '';""");
        migration.Sql($"""UPDATE "AuditLog" SET "ItemKey" = {keyAsText} WHERE "NodeKey" IS NOT NULL AND "Capability" IN ('Page', 'Service');""");
    }
}
