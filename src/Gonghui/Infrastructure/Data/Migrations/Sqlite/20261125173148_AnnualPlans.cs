using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SelfAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScoredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_annual_plans_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Counted = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Target = table.Column<int>(type: "INTEGER", nullable: true),
                    SelfScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    SelfNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DistrictScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    DistrictNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_items_annual_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "annual_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_plans_UnionId_Year",
                table: "annual_plans",
                columns: new[] { "UnionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_plans_Year",
                table: "annual_plans",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_plan_items_PlanId",
                table: "plan_items",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_items");

            migrationBuilder.DropTable(
                name: "annual_plans");
        }
    }
}
