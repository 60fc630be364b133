using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSearchEntries");

            migrationBuilder.CreateTable(
                name: "SearchChanges",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    EntityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchChanges", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "SearchEpochs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tokens = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
        }
    }
}
