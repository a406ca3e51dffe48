using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FixedBy",
                table: "FeedbackItems",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceId",
                table: "FeedbackItems",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceProblem",
                table: "FeedbackItems",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_ServiceId",
                table: "FeedbackItems",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackItems_ServiceId",
                table: "FeedbackItems");

            migrationBuilder.DropColumn(
                name: "FixedBy",
                table: "FeedbackItems");

            migrationBuilder.DropColumn(
                name: "ServiceId",
                table: "FeedbackItems");

            migrationBuilder.DropColumn(
                name: "ServiceProblem",
                table: "FeedbackItems");
        }
    }
}
