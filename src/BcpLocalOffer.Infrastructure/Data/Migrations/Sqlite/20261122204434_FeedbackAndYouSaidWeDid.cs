using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcpLocalOffer.Infrastructure.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanAreaNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackTopics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "YouSaidWeDidEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Draft = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Published = table.Column<string>(type: "TEXT", nullable: true),
                    FirstPublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouSaidWeDidEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FromYoungPersonsForm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Improvement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PagePath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Useful = table.Column<bool>(type: "INTEGER", nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ReplyWanted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ThemeIds = table.Column<string>(type: "TEXT", nullable: false),
                    AreaNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    FocusAreaNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnonymisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    FeedbackId = table.Column<long>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedbackId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
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
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    FeedbackId = table.Column<long>(type: "INTEGER", nullable: false)
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
