using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediaThroughTheWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Contributors",
                table: "MediaItems",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishedAt",
                table: "MediaItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "MediaItems",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "MediaItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "MediaItems",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "MediaItems",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "MediaItems",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "MediaItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "MediaItems",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            // Files uploaded before media went through the workflow were public already: they stay so.
            migrationBuilder.Sql("""UPDATE "MediaItems" SET "State" = 'Approved', "PublishedAt" = "UploadedAt", "Contributors" = "UploadedBy";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Contributors",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "State",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "MediaItems");
        }
    }
}
