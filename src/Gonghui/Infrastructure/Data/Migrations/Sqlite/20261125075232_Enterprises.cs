using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Enterprises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprises",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    IndustrySection = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    IndustryDivision = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    SizeClass = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SubDistrict = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    IsLeading = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: true),
                    BroughtInById = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_enterprises_BroughtInById",
                        column: x => x.BroughtInById,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_enterprises_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_BroughtInById",
                table: "enterprises",
                column: "BroughtInById");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_CreditCode",
                table: "enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_IndustrySection_IndustryDivision",
                table: "enterprises",
                columns: new[] { "IndustrySection", "IndustryDivision" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_Name",
                table: "enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_UnionId",
                table: "enterprises",
                column: "UnionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprises");
        }
    }
}
