using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CASE-5: the keyword index moved to each node's search index (SearchChanges feed it).
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "CaseSearchEntries_Inserted";
                DROP TRIGGER IF EXISTS "CaseSearchEntries_Deleted";
                DROP TRIGGER IF EXISTS "CaseSearchEntries_Updated";
                DROP TABLE IF EXISTS "CaseSearchFts";
                """);
            migrationBuilder.DropTable(
                name: "CaseSearchEntries");

            migrationBuilder.CreateTable(
                name: "SearchChanges",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchChanges", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "SearchEpochs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEpochs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchChanges_At",
                table: "SearchChanges",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchChanges");

            migrationBuilder.DropTable(
                name: "SearchEpochs");

            migrationBuilder.CreateTable(
                name: "CaseSearchEntries",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tokens = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchEntries", x => x.Seq);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchEntries_CaseId",
                table: "CaseSearchEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchEntries_SourceId",
                table: "CaseSearchEntries",
                column: "SourceId",
                unique: true);

            // CASE-5 keyword: the FTS5 index as it was (empty until rows are written again).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CaseSearchFts" USING fts5("Tokens", content='CaseSearchEntries', content_rowid='Seq', tokenize='unicode61 remove_diacritics 0');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Inserted" AFTER INSERT ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseSearchFts"(rowid, "Tokens") VALUES (new."Seq", new."Tokens");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Deleted" AFTER DELETE ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseSearchFts"("CaseSearchFts", rowid, "Tokens") VALUES ('delete', old."Seq", old."Tokens");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Updated" AFTER UPDATE ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseSearchFts"("CaseSearchFts", rowid, "Tokens") VALUES ('delete', old."Seq", old."Tokens");
                    INSERT INTO "CaseSearchFts"(rowid, "Tokens") VALUES (new."Seq", new."Tokens");
                END;
                """);
        }
    }
}
