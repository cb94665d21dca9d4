using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The free-text number never was sealed, so none is carried over (decision 0022: the bank's issuance file is
            // imported instead). SQLite drops the column in place: EF's rebuild of the table would drop its triggers and
            // copy every member.
            migrationBuilder.Sql("ALTER TABLE members DROP COLUMN \"CardNumber\";");

            migrationBuilder.CreateTable(
                name: "service_cards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CardNumberCipher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CardNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LostOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplacedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_cards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_cards_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_service_cards_CardNumberHash",
                table: "service_cards",
                column: "CardNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_cards_MemberId",
                table: "service_cards",
                column: "MemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_cards_Status",
                table: "service_cards",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_cards");

            migrationBuilder.AddColumn<string>(
                name: "CardNumber",
                table: "members",
                type: "TEXT",
                maxLength: 32,
                nullable: true);
        }
    }
}
