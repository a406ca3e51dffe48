using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlainTitlesForPlanActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlainTitle",
                table: "PlanStatusChanges",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlainTitle",
                table: "PlanActions",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PlainTitleChangedAt",
                table: "PlanActions",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlainTitle",
                table: "PlanStatusChanges");

            migrationBuilder.DropColumn(
                name: "PlainTitle",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "PlainTitleChangedAt",
                table: "PlanActions");
        }
    }
}
