using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Settings;

public static class SettingsModule
{
    public static IServiceCollection AddDistrictSettings(this IServiceCollection services) =>
        services.AddSingleton<DistrictSettings>()
            .AddSettingDefinitions(Infrastructure.Rules.CalendarSettings.Definitions)
            .AddScoped<ListSettings>()
            .AddScoped<SetSetting>()
            .AddScoped<ResetSetting>();

    public static void MapSettings(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/settings").WithTags("Settings").RequireAuthorization(Policies.ReadOrganisation);
        ListSettings.Map(g);
        SetSetting.Map(g);
        ResetSetting.Map(g);
    }
}
