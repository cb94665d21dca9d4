using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.WorkforceReports;

/// <summary><c>GET /api/v1/workforce-reports/{id}</c>.</summary>
public sealed class GetWorkforceReport(WorkforceReportReader reader)
{
    public Task<WorkforceReportDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetWorkforceReport h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } report ? Results.Ok(report) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetWorkforceReport");
}
