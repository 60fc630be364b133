using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AlertDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ExternalReference",
                table: "Cases");

            migrationBuilder.AddColumn<DateTime>(
                name: "AlertRespondedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AlertResponse",
                table: "Cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_ConsoleLink",
                table: "Cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_DetectName",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Alert_DetectedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_DetectionId",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_Device",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_Severity",
                table: "Cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_Tactic",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_Technique",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Alert_UserName",
                table: "Cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CustomerAccountId_ExternalReference",
                table: "Cases",
                columns: new[] { "CustomerAccountId", "ExternalReference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_CustomerAccountId_ExternalReference",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AlertRespondedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AlertResponse",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_ConsoleLink",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_DetectName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_DetectedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_DetectionId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_Device",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_Severity",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_Tactic",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_Technique",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Alert_UserName",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ExternalReference",
                table: "Cases",
                column: "ExternalReference",
                unique: true);
        }
    }
}
