using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Gonghui.Infrastructure.Data;

/// <summary>Brings a database to the current schema and makes sure the roles exist: run by <c>migrate</c> and at the start of <c>serve</c>.</summary>
public sealed class DatabaseInitializer(GonghuiDbContext db, RoleManager<IdentityRole> roles, CurrentActor actor)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        actor.SetSystem("system");
        await db.MigrateAsync(ct);
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
public sealed class DatabaseInitializerService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
