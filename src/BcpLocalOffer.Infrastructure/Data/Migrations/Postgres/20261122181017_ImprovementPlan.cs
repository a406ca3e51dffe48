using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImprovementPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanAreas",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Finding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WhatWeAreChanging = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EasyRead = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SeedHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAreas", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "PlanQuarterlyReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanQuarterlyReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanFocusAreas",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AreaNumber = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OverallImpact = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Unrecovered = table.Column<string>(type: "text", nullable: false),
                    SeedHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFocusAreas", x => x.Number);
                    table.ForeignKey(
                        name: "FK_PlanFocusAreas_PlanAreas_AreaNumber",
                        column: x => x.AreaNumber,
                        principalTable: "PlanAreas",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanActions",
                columns: table => new
                {
                    Ref = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FocusAreaNumber = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Officers = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    End = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Unrecovered = table.Column<string>(type: "text", nullable: false),
                    SeedHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActions", x => x.Ref);
                    table.ForeignKey(
                        name: "FK_PlanActions_PlanFocusAreas_FocusAreaNumber",
                        column: x => x.FocusAreaNumber,
                        principalTable: "PlanFocusAreas",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionRef = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Commentary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EvidenceKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EvidenceNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    QuarterlyReportId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanStatusChanges_PlanActions_ActionRef",
                        column: x => x.ActionRef,
                        principalTable: "PlanActions",
                        principalColumn: "Ref",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanStatusChanges_PlanQuarterlyReports_QuarterlyReportId",
                        column: x => x.QuarterlyReportId,
                        principalTable: "PlanQuarterlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_FocusAreaNumber",
                table: "PlanActions",
                column: "FocusAreaNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PlanFocusAreas_AreaNumber",
                table: "PlanFocusAreas",
                column: "AreaNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PlanStatusChanges_ActionRef",
                table: "PlanStatusChanges",
                column: "ActionRef");

            migrationBuilder.CreateIndex(
                name: "IX_PlanStatusChanges_QuarterlyReportId",
                table: "PlanStatusChanges",
                column: "QuarterlyReportId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanStatusChanges_State",
                table: "PlanStatusChanges",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanStatusChanges");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "PlanQuarterlyReports");

            migrationBuilder.DropTable(
                name: "PlanFocusAreas");

            migrationBuilder.DropTable(
                name: "PlanAreas");
        }
    }
}
