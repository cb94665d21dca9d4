using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "WrittenThrough",
                table: "import_jobs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WrittenThrough",
                table: "import_jobs");
        }
    }
}
