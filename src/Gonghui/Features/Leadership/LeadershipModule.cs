using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Leadership;

public static class LeadershipModule
{
    public static IServiceCollection AddLeadership(this IServiceCollection services) =>
        services.AddSettingDefinitions(LeadershipSettings.Definitions)
            .AddRecordPage<LeadershipSession>("/assessment/leadership?open={0}")
            .AddScoped<LeadershipRecords>()
            .AddScoped<ListLeadershipSessions>()
            .AddScoped<ExportLeadershipSessions>()
            .AddScoped<GetLeadershipSession>()
            .AddScoped<RecordLeadershipSession>()
            .AddScoped<UpdateLeadershipSession>()
            .AddScoped<DeleteLeadershipSession>();

    public static void MapLeadership(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/leadership-sessions").WithTags("Leadership").RequireAuthorization(Policies.ReadOrganisation);
        ListLeadershipSessions.Map(g);
        ExportLeadershipSessions.Map(g);
        GetLeadershipSession.Map(g);
        RecordLeadershipSession.Map(g);
        UpdateLeadershipSession.Map(g);
        DeleteLeadershipSession.Map(g);
    }
}
