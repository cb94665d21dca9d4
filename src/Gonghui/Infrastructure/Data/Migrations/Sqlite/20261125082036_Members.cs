using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Members : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TransferredFromId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_members_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_members_members_TransferredFromId",
                        column: x => x.TransferredFromId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_members_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_members_active_person",
                table: "members",
                column: "IdNumberHash",
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_members_EnterpriseId",
                table: "members",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_members_IdNumberHash",
                table: "members",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_members_Name",
                table: "members",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_members_PhoneHash",
                table: "members",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_members_TransferredFromId",
                table: "members",
                column: "TransferredFromId");

            migrationBuilder.CreateIndex(
                name: "IX_members_UnionId_Status",
                table: "members",
                columns: new[] { "UnionId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "members");
        }
    }
}
