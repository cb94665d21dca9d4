using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gonghui.Infrastructure.Data;

// Used only by `dotnet ef migrations add`: one migration set per provider.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGonghuiDbContext>
{
    public SqliteGonghuiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGonghuiDbContext>().UseSqlite("Data Source=design-time.db").Options, new CurrentActor());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGonghuiDbContext>
{
    public PostgresGonghuiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGonghuiDbContext>().UseNpgsql("Host=localhost;Database=gonghui_design").Options, new CurrentActor());
}
