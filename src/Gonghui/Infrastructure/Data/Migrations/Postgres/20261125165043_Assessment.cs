using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "district_settings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_district_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "leadership_sessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topics = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Conclusions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leadership_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "leadership_session_unions",
                columns: table => new
                {
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    UnionId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leadership_session_unions", x => new { x.SessionId, x.UnionId });
                    table.ForeignKey(
                        name: "FK_leadership_session_unions_leadership_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "leadership_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_leadership_session_unions_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_district_settings_Key",
                table: "district_settings",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_leadership_session_unions_UnionId",
                table: "leadership_session_unions",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_leadership_sessions_HeldOn_Kind",
                table: "leadership_sessions",
                columns: new[] { "HeldOn", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "district_settings");

            migrationBuilder.DropTable(
                name: "leadership_session_unions");

            migrationBuilder.DropTable(
                name: "leadership_sessions");
        }
    }
}
