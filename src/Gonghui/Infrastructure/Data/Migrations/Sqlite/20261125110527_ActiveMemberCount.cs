using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActiveMemberCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActiveMembers",
                table: "enterprises",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Row triggers: a member counts for an enterprise while active and working there. SQLite serialises writers,
            // so the increments cannot race.
            migrationBuilder.Sql("""
                CREATE TRIGGER members_active_insert AFTER INSERT ON members
                WHEN NEW."Status" = 'Active' AND NEW."EnterpriseId" IS NOT NULL
                BEGIN
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" + 1 WHERE "Id" = NEW."EnterpriseId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER members_active_update AFTER UPDATE OF "Status", "EnterpriseId" ON members
                WHEN (OLD."Status" = 'Active' AND OLD."EnterpriseId" IS NOT NULL) OR (NEW."Status" = 'Active' AND NEW."EnterpriseId" IS NOT NULL)
                BEGIN
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" - 1 WHERE "Id" = OLD."EnterpriseId" AND OLD."Status" = 'Active';
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" + 1 WHERE "Id" = NEW."EnterpriseId" AND NEW."Status" = 'Active';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER members_active_delete AFTER DELETE ON members
                WHEN OLD."Status" = 'Active' AND OLD."EnterpriseId" IS NOT NULL
                BEGIN
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" - 1 WHERE "Id" = OLD."EnterpriseId";
                END;
                """);
            migrationBuilder.Sql("""
                UPDATE enterprises SET "ActiveMembers" =
                  (SELECT COUNT(*) FROM members m WHERE m."EnterpriseId" = enterprises."Id" AND m."Status" = 'Active');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER members_active_insert; DROP TRIGGER members_active_update; DROP TRIGGER members_active_delete;");
            migrationBuilder.DropColumn(
                name: "ActiveMembers",
                table: "enterprises");
        }
    }
}
