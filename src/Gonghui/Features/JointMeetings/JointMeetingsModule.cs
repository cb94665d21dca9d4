using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.JointMeetings;

public static class JointMeetingsModule
{
    public static IServiceCollection AddJointMeetings(this IServiceCollection services) =>
        services.AddSettingDefinitions(JointMeetingSettings.Definitions)
            .AddRecordPage<JointMeeting>("/mechanisms/joint-meetings?open={0}")
            .AddScoped<JointMeetingReader>()
            .AddScoped<ListJointMeetings>()
            .AddScoped<ExportJointMeetings>()
            .AddScoped<GetJointMeeting>()
            .AddScoped<RecordJointMeeting>()
            .AddScoped<UpdateJointMeeting>()
            .AddScoped<DeleteJointMeeting>()
            .AddScoped<AddResolution>()
            .AddScoped<UpdateResolution>()
            .AddScoped<RemoveResolution>()
            .AddScoped<GetJointMeetingsByUnion>()
            .AddScoped<JointMeetingDocuments>();

    public static void MapJointMeetings(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/joint-meetings").WithTags("JointMeetings").RequireAuthorization(Policies.ReadOrganisation);
        ListJointMeetings.Map(g);
        ExportJointMeetings.Map(g);
        GetJointMeetingsByUnion.Map(g);
        GetJointMeeting.Map(g);
        RecordJointMeeting.Map(g);
        UpdateJointMeeting.Map(g);
        DeleteJointMeeting.Map(g);
        AddResolution.Map(g);
        UpdateResolution.Map(g);
        RemoveResolution.Map(g);
        RecordDocuments.Map<JointMeetingDocuments>(api, JointMeetingDocuments.Owner, "JointMeetings");
    }
}
