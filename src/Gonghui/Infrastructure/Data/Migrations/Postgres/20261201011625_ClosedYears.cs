using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClosedYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "closed_year_figures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnionId = table.Column<long>(type: "bigint", nullable: true),
                    Figures = table.Column<string>(type: "character varying(1000000)", maxLength: 1000000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closed_year_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_closed_year_figures_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "closed_years",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Settings = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closed_years", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_closed_year_figures_UnionId",
                table: "closed_year_figures",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_closed_year_figures_Year_Kind_UnionId",
                table: "closed_year_figures",
                columns: new[] { "Year", "Kind", "UnionId" });

            migrationBuilder.CreateIndex(
                name: "IX_closed_years_Year",
                table: "closed_years",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "closed_year_figures");

            migrationBuilder.DropTable(
                name: "closed_years");
        }
    }
}
