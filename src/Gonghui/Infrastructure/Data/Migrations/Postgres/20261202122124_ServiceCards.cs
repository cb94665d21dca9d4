using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CardNumber",
                table: "members");

            migrationBuilder.CreateTable(
                name: "service_cards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CardNumberCipher = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CardNumberHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Branch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LostOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplacedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }
    }
}
