using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "YouSaidWeDidEntries",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "YouSaidWeDidEntries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "YouSaidWeDidEntries",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "YouSaidWeDidEntries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "PlanStatusChanges",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "PlanStatusChanges",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "PlanStatusChanges",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "PlanStatusChanges",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "PlanQuarterlyReports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "PlanQuarterlyReports",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "PlanQuarterlyReports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "PlanQuarterlyReports",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "DirectoryServiceVersions",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "DirectoryServiceVersions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "DirectoryServiceVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "DirectoryServiceVersions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "ContentVersions",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ContentVersions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "ContentVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "ContentVersions",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Capability",
                table: "AuditLog",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ItemKey",
                table: "AuditLog",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Capability_ItemKey",
                table: "AuditLog",
                columns: new[] { "Capability", "ItemKey" });

            // PostgreSQL keeps keys as uuid and UTC dates as timestamptz already.
            OneEditorialWorkflowData.Apply(migrationBuilder, "\"NodeKey\"::text", column => column);

            migrationBuilder.DropColumn(
                name: "ReviewedAtUtc",
                table: "YouSaidWeDidEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_NodeKey",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "NodeKey",
                table: "AuditLog");
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
                type: "uuid",
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
