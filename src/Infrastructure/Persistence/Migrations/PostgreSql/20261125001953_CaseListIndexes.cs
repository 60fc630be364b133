using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CASE-5 keyword: the tsvector is stored, so the GIN index's rechecks read it instead of recomputing it.
            migrationBuilder.Sql("""
                ALTER TABLE "CaseSearchEntries" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "Tokens")) STORED;
                """);
            migrationBuilder.Sql("""DROP INDEX "IX_CaseSearchEntries_Tokens";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_CaseSearchEntries_Vector" ON "CaseSearchEntries" USING GIN ("Vector");""");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CustomerAccountId_UpdatedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UpdatedAt",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CustomerAccountId_Subject_Number",
                table: "Cases",
                columns: new[] { "CustomerAccountId", "Subject", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CustomerAccountId_UpdatedAt_Number",
                table: "Cases",
                columns: new[] { "CustomerAccountId", "UpdatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Subject_Number",
                table: "Cases",
                columns: new[] { "Subject", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UpdatedAt_Number",
                table: "Cases",
                columns: new[] { "UpdatedAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_CaseSearchEntries_Vector";""");
            migrationBuilder.Sql("""ALTER TABLE "CaseSearchEntries" DROP COLUMN "Vector";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CaseSearchEntries_Tokens" ON "CaseSearchEntries" USING GIN (to_tsvector('simple'::regconfig, "Tokens"));
                """);

            migrationBuilder.DropIndex(
                name: "IX_Cases_CustomerAccountId_Subject_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CustomerAccountId_UpdatedAt_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Subject_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UpdatedAt_Number",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CustomerAccountId_UpdatedAt",
                table: "Cases",
                columns: new[] { "CustomerAccountId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UpdatedAt",
                table: "Cases",
                column: "UpdatedAt");
        }
    }
}
