using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gonghui.Infrastructure.Data;

/// <summary>
/// The one model, naming no module: each entity's configuration and scope are declared in its module and applied here
/// (<see cref="ScopeFilters"/>), filtering every query by the acting user's place in the union tree so no handler can
/// forget it. Provider-specific subclasses exist only so each provider has its own migration set.
/// </summary>
public class GonghuiDbContext(DbContextOptions options, CurrentActor actor)
    : IdentityDbContext<User, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public CurrentActor Actor { get; } = actor;

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal List<AuditRecord> QueuedEvents { get; } = [];

    private AuditChain? auditChain;

    /// <summary>The keyed chain the audit entries are linked with, from the application's services (the key is not the context's).</summary>
    internal AuditChain AuditChain => auditChain ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()
            ?.ApplicationServiceProvider?.GetService<AuditChain>()
        ?? throw new InvalidOperationException("no audit chain: the context was made outside the application's services");

    /// <summary>Queues an audit event that is not a row change (a reveal, an export, a sign-in); written by the next save.</summary>
    /// <param name="actorName">Who acted, when the actor is not signed in yet (a sign-in names the login tried).</param>
    public void RecordEvent(string action, string entityType, string? entityId, string? detail = null, long? unionId = null, string? actorName = null) =>
        QueuedEvents.Add(new AuditRecord(action, entityType, entityId, null, detail, unionId, null, actorName));

    // Read by the query filters at query time (EF parameterises context members per query).
    public bool ScopeAll => Actor.SeesAllUnions;

    public string ScopePath => Actor.UnionPath ?? ScopeNone;

    /// <summary>A path prefix no union has: an actor without a scope sees nothing (fail closed).</summary>
    internal const string ScopeNone = "\u0001";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GonghuiDbContext).Assembly, t => !t.IsAbstract);
        ScopeFilters.Apply(builder, this);
        if (Database.IsNpgsql())
        {
            // Byte order where a module asks for it, so a prefix is an index range as it is on SQLite.
            foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.PropertyInfo?.IsDefined(typeof(ByteOrderAttribute), false) == true))
            {
                property.SetCollation("C");
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC; SQLite loses DateTime.Kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// Synchronous callers (Data Protection storing a key) write nothing audited and go straight through; blocking on
    /// the async path under Blazor's synchronisation context would deadlock.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TextLimits.Check(ChangeTracker);
        if (QueuedEvents.Count == 0 && AuditRecorder.Capture(this).Count == 0)
        {
            StampVersions();
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        return Task.Run(() => SaveChangesAsync(acceptAllChangesOnSuccess)).GetAwaiter().GetResult();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TextLimits.Check(ChangeTracker);
        StampVersions();
        var pending = AuditRecorder.Capture(this);
        pending.AddRange(QueuedEvents);
        QueuedEvents.Clear();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var owns = Database.CurrentTransaction is null;
        var tx = owns ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await AuditRecorder.AppendAsync(this, pending, cancellationToken);
            if (tx is not null)
            {
                await tx.CommitAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            if (tx is not null)
            {
                await tx.DisposeAsync();
            }
        }
    }

    internal Task<int> SaveAuditRowsAsync(CancellationToken cancellationToken) =>
        base.SaveChangesAsync(true, cancellationToken);

    private void StampVersions()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.Version = 1;
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    break;
                case EntityState.Modified:
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    entry.Entity.UpdatedAt = now;
                    break;
            }
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteGonghuiDbContext(DbContextOptions<SqliteGonghuiDbContext> options, CurrentActor actor)
    : GonghuiDbContext(options, actor);

public sealed class PostgresGonghuiDbContext(DbContextOptions<PostgresGonghuiDbContext> options, CurrentActor actor)
    : GonghuiDbContext(options, actor);
