using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Gonghui.Infrastructure.Data;

/// <summary>
/// Brings a database to the current schema, makes sure the roles exist and checks the keys kept outside it: run by every
/// verb and at the start of <c>serve</c>, before anything else reads or writes.
/// </summary>
public sealed class DatabaseInitializer(GonghuiDbContext db, RoleManager<IdentityRole> roles, CurrentActor actor, KeyCheck keys, DataFolder folder, Microsoft.Extensions.Localization.IStringLocalizerFactory localizers,
    IServiceProvider services)
{
    /// <summary>
    /// Brings the database up; a verb also finishes imports a stopped process left writing (<paramref name="resumeImports"/>),
    /// while the server leaves them to its import worker so that it takes requests at once.
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct, bool resumeImports = true)
    {
        actor.SetSystem("system");
        await db.MigrateAsync(ct);
        await keys.EnsureAuditKeyAsync(ct);
        await keys.EnsurePersonalDataKeyAsync(ct);
        await Jobs.StagedFile.SweepAsync(db, folder, localizers, ct);
        if (resumeImports)
        {
            // Resolved only now: the importers seal with the personal-data key, which the lines above may just have made.
            await services.GetRequiredService<Jobs.ImportRunner>().ResumeStrandedAsync(ct);
        }
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

/// <summary>Runs <see cref="DatabaseInitializer"/> before the server takes requests.</summary>
public sealed class DatabaseInitializerService(IServiceScopeFactory scopes, DataFolder folder, DatabaseOptions database, ILogger<DatabaseInitializerService> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken, resumeImports: false);
        string[] databaseFiles = database.SqliteFile is { } file ? [file, file + "-wal", file + "-shm"] : [];
        var wide = folder.WiderThanOwner(databaseFiles);
        if (wide.Count > 0)
        {
            log.LogWarning("{Count} files or folders of the data folder {Folder} can be read or written by others than their owner (chmod go= them), e.g. {Example}",
                wide.Count, folder.Root, wide[0]);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
