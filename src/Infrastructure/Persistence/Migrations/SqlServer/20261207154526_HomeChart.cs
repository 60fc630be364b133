using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HomeChart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_CustomerAccountId_Category_CreatedAt",
                table: "Cases",
                columns: new[] { "CustomerAccountId", "Category", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CustomerAccountId_Status",
                table: "Cases",
                columns: new[] { "CustomerAccountId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_CustomerAccountId_Category_CreatedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CustomerAccountId_Status",
                table: "Cases");
        }
    }
}
