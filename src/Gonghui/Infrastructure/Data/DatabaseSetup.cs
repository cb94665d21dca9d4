using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers the context for the configured provider. Options are read when first resolved, not now, so every
    /// configuration source (command line, environment, a test host's settings) is already in place.
    /// </summary>
    public static IServiceCollection AddGonghuiDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                EnsureSqliteFolder(options.ResolveConnection());
            }

            return options;
        });
        services.AddDbContext<SqliteGonghuiDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<DatabaseOptions>().ResolveConnection()));
        services.AddDbContext<PostgresGonghuiDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<DatabaseOptions>().ResolveConnection()));
        services.AddScoped<GonghuiDbContext>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<SqliteGonghuiDbContext>()
            : sp.GetRequiredService<PostgresGonghuiDbContext>());
        return services;
    }

    /// <summary>Applies pending migrations; on SQLite also switches to WAL so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(this GonghuiDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await db.Database.MigrateAsync(ct);
    }

    private static void EnsureSqliteFolder(string connection)
    {
        var file = new SqliteConnectionStringBuilder(connection).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
