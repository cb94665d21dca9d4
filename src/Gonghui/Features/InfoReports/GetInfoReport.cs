using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.InfoReports;

/// <summary><c>GET /api/v1/info-reports/{id}</c>: the report with its trail, and whether the actor may answer it.</summary>
public sealed class GetInfoReport(InfoReportReader reader)
{
    public Task<InfoReportDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetInfoReport h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } r ? Results.Ok(r) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetInfoReport");
}
