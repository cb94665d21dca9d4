using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberEnterpriseStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_members_EnterpriseId",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "IX_members_EnterpriseId_Status",
                table: "members",
                columns: new[] { "EnterpriseId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_members_EnterpriseId_Status",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "IX_members_EnterpriseId",
                table: "members",
                column: "EnterpriseId");
        }
    }
}
