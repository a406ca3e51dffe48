using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProviderAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Provides",
                table: "AspNetUsers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                // Existing accounts keep no directory organisations: an empty JSON list, not an empty string.
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Provides",
                table: "AspNetUsers");
        }
    }
}
