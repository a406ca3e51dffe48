using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneEditorialWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanStatusChanges_State",
                table: "PlanStatusChanges");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "YouSaidWeDidEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "YouSaidWeDidEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "YouSaidWeDidEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "YouSaidWeDidEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "YouSaidWeDidEntries",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "PlanStatusChanges",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "PlanStatusChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "PlanStatusChanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "PlanStatusChanges",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "PlanQuarterlyReports",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "PlanQuarterlyReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "PlanQuarterlyReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "PlanQuarterlyReports",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "DirectoryServiceVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "DirectoryServiceVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "DirectoryServiceVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "DirectoryServiceVersions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "ContentVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ContentVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "ContentVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "ContentVersions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Capability",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ItemKey",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Capability_ItemKey",
                table: "AuditLog",
                columns: new[] { "Capability", "ItemKey" });

            // SQLite keeps keys as upper-case text and UTC dates without an offset.
            OneEditorialWorkflowData.Apply(migrationBuilder, "lower(\"NodeKey\")", column => column + " || '+00:00'");

            // SQLite drops a column in place (3.35 and later); EF Core would rebuild the table outside the migration's transaction.
            migrationBuilder.Sql("""ALTER TABLE "YouSaidWeDidEntries" DROP COLUMN "ReviewedAtUtc";""");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_NodeKey",
                table: "AuditLog");

            // SQLite drops a column in place (3.35 and later); EF Core would rebuild the table outside the migration's transaction.
            migrationBuilder.Sql("""ALTER TABLE "AuditLog" DROP COLUMN "NodeKey";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditLog_Capability_ItemKey",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "Contributors",
                table: "YouSaidWeDidEntries");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "YouSaidWeDidEntries");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "YouSaidWeDidEntries");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "YouSaidWeDidEntries");

            migrationBuilder.DropColumn(
                name: "Contributors",
                table: "PlanStatusChanges");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "PlanStatusChanges");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "PlanStatusChanges");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "PlanStatusChanges");

            migrationBuilder.DropColumn(
                name: "Contributors",
                table: "PlanQuarterlyReports");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "PlanQuarterlyReports");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "PlanQuarterlyReports");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "PlanQuarterlyReports");

            migrationBuilder.DropColumn(
                name: "Contributors",
                table: "DirectoryServiceVersions");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "DirectoryServiceVersions");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "DirectoryServiceVersions");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "DirectoryServiceVersions");

            migrationBuilder.DropColumn(
                name: "Contributors",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "ContentVersions");

            migrationBuilder.DropColumn(
                name: "Capability",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "ItemKey",
                table: "AuditLog");

            migrationBuilder.RenameColumn(
                name: "SubmittedAt",
                table: "YouSaidWeDidEntries",
                newName: "ReviewedAtUtc");

            migrationBuilder.AddColumn<Guid>(
                name: "NodeKey",
                table: "AuditLog",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanStatusChanges_State",
                table: "PlanStatusChanges",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_NodeKey",
                table: "AuditLog",
                column: "NodeKey");
        }
    }
}
