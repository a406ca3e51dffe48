using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryServices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PublishedVersionId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryServiceVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: false),
                    MaximumAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Localities = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Costs = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CostDetail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccessRoutes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VenueName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VenueAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VenueTown = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VenuePostcode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VenueAccessibility = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OpeningTimes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StaffTraining = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NeedsMet = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryServiceVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryServiceVersions_DirectoryServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "DirectoryServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServices_PublishedVersionId",
                table: "DirectoryServices",
                column: "PublishedVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServices_Slug",
                table: "DirectoryServices",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryServiceVersions_ServiceId_Number",
                table: "DirectoryServiceVersions",
                columns: new[] { "ServiceId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_DirectoryServices_DirectoryServiceVersions_PublishedVersionId",
                table: "DirectoryServices",
                column: "PublishedVersionId",
                principalTable: "DirectoryServiceVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DirectoryServices_DirectoryServiceVersions_PublishedVersionId",
                table: "DirectoryServices");

            migrationBuilder.DropTable(
                name: "DirectoryServiceVersions");

            migrationBuilder.DropTable(
                name: "DirectoryServices");
        }
    }
}
