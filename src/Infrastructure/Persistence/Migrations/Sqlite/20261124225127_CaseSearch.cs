using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseSearchEntries",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
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

            // CASE-5 keyword: an FTS5 index over the tokens, kept in step by triggers; its rowid is "Seq".
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "CaseSearchFts";""");
            migrationBuilder.DropTable(
                name: "CaseSearchEntries");
        }
    }
}
