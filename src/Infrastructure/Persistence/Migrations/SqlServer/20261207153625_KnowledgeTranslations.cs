using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class KnowledgeTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TranslatedBodyHtml",
                table: "KnowledgeArticles",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TranslatedTitle",
                table: "KnowledgeArticles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeArticles_Status_UpdatedAt_Number",
                table: "KnowledgeArticles",
                columns: new[] { "Status", "UpdatedAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KnowledgeArticles_Status_UpdatedAt_Number",
                table: "KnowledgeArticles");

            migrationBuilder.DropColumn(
                name: "TranslatedBodyHtml",
                table: "KnowledgeArticles");

            migrationBuilder.DropColumn(
                name: "TranslatedTitle",
                table: "KnowledgeArticles");
        }
    }
}
