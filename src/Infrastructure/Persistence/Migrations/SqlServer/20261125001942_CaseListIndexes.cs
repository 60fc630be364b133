using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
