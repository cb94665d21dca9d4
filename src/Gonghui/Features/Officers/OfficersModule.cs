using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Officers;

public static class OfficersModule
{
    public static IServiceCollection AddOfficers(this IServiceCollection services) =>
        services.AddSettingDefinitions(StaffingSettings.Definitions)
            .AddScoped<OfficerAccess>()
            .AddScoped<OfficerInputValidator>()
            .AddScoped<ListOfficers>()
            .AddScoped<ExportOfficers>()
            .AddScoped<GetOfficer>()
            .AddScoped<CreateOfficer>()
            .AddScoped<UpdateOfficer>()
            .AddScoped<DeleteOfficer>()
            .AddScoped<AddOfficerPosting>()
            .AddScoped<RemoveOfficerPosting>()
            .AddScoped<GetStaffing>()
            .AddScoped<GetOfficerPostings>();

    public static void MapOfficers(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/officers").WithTags("Officers").RequireAuthorization(Policies.ReadOrganisation);
        ListOfficers.Map(g);
        ExportOfficers.Map(g);
        GetStaffing.Map(g);
        GetOfficerPostings.Map(g);
        GetOfficer.Map(g);
        CreateOfficer.Map(g);
        UpdateOfficer.Map(g);
        DeleteOfficer.Map(g);
        AddOfficerPosting.Map(g);
        RemoveOfficerPosting.Map(g);
    }
}
