using Microsoft.EntityFrameworkCore.Diagnostics;
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
            var configuration = sp.GetRequiredService<IConfiguration>();
            var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // A data folder named without a database holds the database too.
                if (string.IsNullOrWhiteSpace(options.Connection) && configuration[DataFolder.Setting] is { Length: > 0 } folder)
                {
                    options.Connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(folder), "gonghui.db") }.ToString();
                }

                EnsureSqliteFolder(options.ResolveConnection());
            }

            return options;
        });
        services.AddSingleton<DataFolder>();
        // A list in a query (ids.Contains(x.Id)) goes as one array parameter (json_each on SQLite, = ANY on PostgreSQL), not
        // EF 10's default of one parameter per element: a district's lists (40,000 covered enterprises) pass SQLite's 32,766.
        // Several collections load in one query (one consistent read) unless a query asks for split queries itself.
        services.AddDbContext<SqliteGonghuiDbContext>((sp, o) => Strict(sp, o.UseSqlite(sp.GetRequiredService<DatabaseOptions>().ResolveConnection(),
            s => s.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))));
        services.AddDbContext<PostgresGonghuiDbContext>((sp, o) => Strict(sp, o.UseNpgsql(sp.GetRequiredService<DatabaseOptions>().ResolveConnection(),
            s => s.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))));
        services.AddScoped<GonghuiDbContext>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<SqliteGonghuiDbContext>()
            : sp.GetRequiredService<PostgresGonghuiDbContext>());
        return services;
    }

    private static void Strict(IServiceProvider sp, DbContextOptionsBuilder o)
    {
        if (sp.GetRequiredService<DatabaseOptions>().StrictQueries)
        {
            o.ConfigureWarnings(w => w.Throw(CoreEventId.FirstWithoutOrderByAndFilterWarning));
        }
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
            DataFolder.CreatePrivate(folder);
        }
    }
}
