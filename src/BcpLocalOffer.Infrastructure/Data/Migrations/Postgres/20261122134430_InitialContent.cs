using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentNodes",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentKey = table.Column<Guid>(type: "uuid", nullable: true),
                    DocumentTypeAlias = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UrlSegment = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    PublishedVersionId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentNodes", x => x.Key);
                    table.ForeignKey(
                        name: "FK_ContentNodes_ContentNodes_ParentKey",
                        column: x => x.ParentKey,
                        principalTable: "ContentNodes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContentVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NodeKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NavigationName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    MetaDescription = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OwnerOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewBy = table.Column<DateOnly>(type: "date", nullable: false),
                    LastReviewed = table.Column<DateOnly>(type: "date", nullable: false),
                    HideFromNavigation = table.Column<bool>(type: "boolean", nullable: false),
                    Properties = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SeedHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentVersions_ContentNodes_NodeKey",
                        column: x => x.NodeKey,
                        principalTable: "ContentNodes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentNodes_ParentKey_SortOrder",
                table: "ContentNodes",
                columns: new[] { "ParentKey", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentNodes_ParentKey_UrlSegment",
                table: "ContentNodes",
                columns: new[] { "ParentKey", "UrlSegment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentNodes_PublishedVersionId",
                table: "ContentNodes",
                column: "PublishedVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentVersions_NodeKey_Number",
                table: "ContentVersions",
                columns: new[] { "NodeKey", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ContentNodes_ContentVersions_PublishedVersionId",
                table: "ContentNodes",
                column: "PublishedVersionId",
                principalTable: "ContentVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContentNodes_ContentVersions_PublishedVersionId",
                table: "ContentNodes");

            migrationBuilder.DropTable(
                name: "ContentVersions");

            migrationBuilder.DropTable(
                name: "ContentNodes");
        }
    }
}
