using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.OpenAffairs;

/// <summary><c>GET /api/v1/affairs-notices/{id}</c>.</summary>
public sealed class GetAffairsNotice(AffairsNoticeReader reader)
{
    public Task<AffairsNoticeDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetAffairsNotice h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetAffairsNotice");
}
