using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Portal;

/// <summary>
/// The public portal (R13): the directory anyone may read, on the public pages (<c>/portal</c>) and at
/// <c>/api/v1/public/directory</c>, both under their own rate limit; and the unions' listings their staff keep.
/// </summary>
public static class PortalModule
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRateLimiter(o => o.AddPolicy<string, PortalLimits>(PortalLimits.Policy));
        return services.AddSettingDefinitions(PortalSettings.Definitions)
            .AddScoped<UnionListings>()
            .AddScoped<PublicDirectory>();
    }

    public static void MapPortal(this RouteGroupBuilder api)
    {
        UnionListingEndpoints.Map(api.MapGroup("/union-listings").WithTags("Portal").RequireAuthorization(Policies.ReadOrganisation));
        var directory = api.MapGroup("/public/directory").WithTags("Public portal").AllowAnonymous().RequireRateLimiting(PortalLimits.Policy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        directory.MapGet("/", async (PublicDirectory h, string? q, string? sector, long? areaId, int? page, CancellationToken ct) =>
                TypedResults.Ok(await h.SearchAsync(q, EnumText.Parse<IndustrySector>(sector), areaId, page, ct)))
            .WithName("SearchDirectory");
        directory.MapGet("/areas", async (PublicDirectory h, CancellationToken ct) => TypedResults.Ok(await h.AreasAsync(ct)))
            .WithName("ListDirectoryAreas");
        // No route constraint: an id that is no number is a 400 naming it, not an unmatched path (which asks to sign in).
        directory.MapGet("/{id}", async (long id, PublicDirectory h, Problems p, CancellationToken ct) =>
                await h.ReadAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetDirectoryEntry");
    }
}
