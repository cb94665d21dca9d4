using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Stations;

/// <summary>Workers' service stations (职工服务站, R3): the registry, 会站合一, and each year's score against the district's standardisation checklist.</summary>
public static class StationsModule
{
    public static IServiceCollection AddStations(this IServiceCollection services) =>
        services.AddSettingDefinitions(StationSettings.Definitions)
            .AddRecordPage<ServiceStation>("/frontline/stations?open={0}")
            .AddScoped<StationReader>()
            .AddScoped<ListStations>()
            .AddScoped<ExportStations>()
            .AddScoped<GetStation>()
            .AddScoped<OpenStation>()
            .AddScoped<UpdateStation>()
            .AddScoped<ScoreStation>()
            .AddScoped<DeleteStation>();

    public static void MapStations(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/service-stations").WithTags("Service stations").RequireAuthorization(Policies.ReadOrganisation);
        ListStations.Map(g);
        ExportStations.Map(g);
        GetStation.Map(g);
        OpenStation.Map(g);
        UpdateStation.Map(g);
        ScoreStation.Map(g);
        DeleteStation.Map(g);
    }
}
