using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gonghui.Infrastructure.Data;

/// <summary><c>/readyz</c>: the database answers.</summary>
public sealed class DatabaseHealthCheck(GonghuiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
