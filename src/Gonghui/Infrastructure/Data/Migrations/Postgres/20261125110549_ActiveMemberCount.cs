using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Statement triggers over transition tables: one set-wise update per statement, so a bulk import of a million
            // members adds one grouped update, not a million. Increments (not recounts) stay right under concurrent writers:
            // each enterprise row is locked and re-read by the later update.
            migrationBuilder.Sql("""
                CREATE FUNCTION members_active_count() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'INSERT' THEN
                    UPDATE enterprises e SET "ActiveMembers" = e."ActiveMembers" + d.n
                    FROM (SELECT "EnterpriseId" AS id, COUNT(*) AS n FROM new_rows WHERE "Status" = 'Active' AND "EnterpriseId" IS NOT NULL GROUP BY 1) d
                    WHERE e."Id" = d.id;
                  ELSIF TG_OP = 'DELETE' THEN
                    UPDATE enterprises e SET "ActiveMembers" = e."ActiveMembers" - d.n
                    FROM (SELECT "EnterpriseId" AS id, COUNT(*) AS n FROM old_rows WHERE "Status" = 'Active' AND "EnterpriseId" IS NOT NULL GROUP BY 1) d
                    WHERE e."Id" = d.id;
                  ELSE
                    UPDATE enterprises e SET "ActiveMembers" = e."ActiveMembers" + d.n
                    FROM (SELECT id, SUM(n) AS n FROM (
                            SELECT "EnterpriseId" AS id, 1 AS n FROM new_rows WHERE "Status" = 'Active' AND "EnterpriseId" IS NOT NULL
                            UNION ALL
                            SELECT "EnterpriseId", -1 FROM old_rows WHERE "Status" = 'Active' AND "EnterpriseId" IS NOT NULL) c
                          GROUP BY id HAVING SUM(n) <> 0) d
                    WHERE e."Id" = d.id;
                  END IF;
                  RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER members_active_insert AFTER INSERT ON members REFERENCING NEW TABLE AS new_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION members_active_count();
                CREATE TRIGGER members_active_update AFTER UPDATE ON members REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION members_active_count();
                CREATE TRIGGER members_active_delete AFTER DELETE ON members REFERENCING OLD TABLE AS old_rows
                  FOR EACH STATEMENT EXECUTE FUNCTION members_active_count();
                """);
            migrationBuilder.Sql("""
                UPDATE enterprises e SET "ActiveMembers" = c.n
                FROM (SELECT "EnterpriseId" AS id, COUNT(*) AS n FROM members WHERE "Status" = 'Active' AND "EnterpriseId" IS NOT NULL GROUP BY 1) c
                WHERE e."Id" = c.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER members_active_insert ON members;
                DROP TRIGGER members_active_update ON members;
                DROP TRIGGER members_active_delete ON members;
                DROP FUNCTION members_active_count();
                """);
            migrationBuilder.DropColumn(
                name: "ActiveMembers",
                table: "enterprises");
        }
    }
}
