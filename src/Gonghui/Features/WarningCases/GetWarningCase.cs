using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.WarningCases;

/// <summary><c>GET /api/v1/warning-cases/{id}</c>: the case with its signals, reporting against the limits, mediations and timeline.</summary>
public sealed class GetWarningCase(WarningCaseReader reader)
{
    public Task<WarningCaseDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetWarningCase h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } c ? Results.Ok(c) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetWarningCase");
}
