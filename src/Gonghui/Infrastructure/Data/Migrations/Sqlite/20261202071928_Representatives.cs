using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Representatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "representatives",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Constituency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConstituencyKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ElectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FrontLine = table.Column<bool>(type: "INTEGER", nullable: false),
                    Officer = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReplacesId = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_representatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_representatives_congress_terms_TermId",
                        column: x => x.TermId,
                        principalTable: "congress_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_representatives_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_representatives_representatives_ReplacesId",
                        column: x => x.ReplacesId,
                        principalTable: "representatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_representatives_MemberId",
                table: "representatives",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_representatives_ReplacesId",
                table: "representatives",
                column: "ReplacesId");

            migrationBuilder.CreateIndex(
                name: "IX_representatives_TermId_MemberId",
                table: "representatives",
                columns: new[] { "TermId", "MemberId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "representatives");
        }
    }
}
