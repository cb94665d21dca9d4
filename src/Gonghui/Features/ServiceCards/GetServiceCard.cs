using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.ServiceCards;

/// <summary><c>GET /api/v1/service-cards/{id}</c>: the card, its number masked.</summary>
public sealed class GetServiceCard(ServiceCardReader reader)
{
    public Task<ServiceCardDto?> HandleAsync(long id, CancellationToken ct) => reader.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetServiceCard h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetServiceCard");
}
