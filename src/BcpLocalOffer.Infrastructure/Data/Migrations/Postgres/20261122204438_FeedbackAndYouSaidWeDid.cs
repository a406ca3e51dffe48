using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FeedbackAndYouSaidWeDid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Label = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    PlanAreaNumber = table.Column<int>(type: "integer", nullable: true),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackTopics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "YouSaidWeDidEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Draft = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Published = table.Column<string>(type: "text", nullable: true),
                    FirstPublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouSaidWeDidEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromYoungPersonsForm = table.Column<bool>(type: "boolean", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TopicId = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Improvement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PagePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Useful = table.Column<bool>(type: "boolean", nullable: true),
                    Problem = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ReplyWanted = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ThemeIds = table.Column<string>(type: "text", nullable: false),
                    AreaNumbers = table.Column<string>(type: "text", nullable: false),
                    FocusAreaNumbers = table.Column<string>(type: "text", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnonymisedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_FeedbackTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "FeedbackTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackContacts",
                columns: table => new
                {
                    FeedbackId = table.Column<long>(type: "bigint", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackContacts", x => x.FeedbackId);
                    table.ForeignKey(
                        name: "FK_FeedbackContacts_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FeedbackId = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackNotes_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouSaidWeDidFeedbackLinks",
                columns: table => new
                {
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    FeedbackId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouSaidWeDidFeedbackLinks", x => new { x.EntryId, x.FeedbackId });
                    table.ForeignKey(
                        name: "FK_YouSaidWeDidFeedbackLinks_FeedbackItems_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_YouSaidWeDidFeedbackLinks_YouSaidWeDidEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "YouSaidWeDidEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackContacts_Email",
                table: "FeedbackContacts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackContacts_ReceivedAtUtc",
                table: "FeedbackContacts",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_Kind_ReceivedAtUtc",
                table: "FeedbackItems",
                columns: new[] { "Kind", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_Reference",
                table: "FeedbackItems",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_Status",
                table: "FeedbackItems",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_SubmissionKey",
                table: "FeedbackItems",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_TopicId",
                table: "FeedbackItems",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackNotes_FeedbackId",
                table: "FeedbackNotes",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackThemes_Name",
                table: "FeedbackThemes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackTopics_Label",
                table: "FeedbackTopics",
                column: "Label",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidWeDidFeedbackLinks_FeedbackId",
                table: "YouSaidWeDidFeedbackLinks",
                column: "FeedbackId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackContacts");

            migrationBuilder.DropTable(
                name: "FeedbackNotes");

            migrationBuilder.DropTable(
                name: "FeedbackThemes");

            migrationBuilder.DropTable(
                name: "YouSaidWeDidFeedbackLinks");

            migrationBuilder.DropTable(
                name: "FeedbackItems");

            migrationBuilder.DropTable(
                name: "YouSaidWeDidEntries");

            migrationBuilder.DropTable(
                name: "FeedbackTopics");
        }
    }
}
