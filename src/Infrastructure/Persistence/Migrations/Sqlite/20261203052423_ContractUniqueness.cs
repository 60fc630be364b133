using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContractUniqueness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contracts_CrowdStrikeCid",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_CustomerAccountId",
                table: "Contracts");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CrowdStrikeCid",
                table: "Contracts",
                column: "CrowdStrikeCid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CustomerAccountId",
                table: "Contracts",
                column: "CustomerAccountId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contracts_CrowdStrikeCid",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_CustomerAccountId",
                table: "Contracts");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CrowdStrikeCid",
                table: "Contracts",
                column: "CrowdStrikeCid");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CustomerAccountId",
                table: "Contracts",
                column: "CustomerAccountId");
        }
    }
}
