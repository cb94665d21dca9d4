using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.DecisionMeetings;

public static class DecisionMeetingsModule
{
    public static IServiceCollection AddDecisionMeetings(this IServiceCollection services) =>
        services.AddScoped<DecisionRecords>()
            .AddScoped<ListDecisionMeetings>()
            .AddScoped<ExportDecisionMeetings>()
            .AddScoped<GetDecisionMeeting>()
            .AddScoped<RecordDecisionMeeting>()
            .AddScoped<UpdateDecisionMeeting>()
            .AddScoped<DeleteDecisionMeeting>()
            .AddScoped<ListDecisionResearch>()
            .AddScoped<ExportDecisionResearch>()
            .AddScoped<RecordDecisionResearch>()
            .AddScoped<UpdateDecisionResearch>()
            .AddScoped<DeleteDecisionResearch>();

    public static void MapDecisionMeetings(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/decision-meetings").WithTags("DecisionMeetings").RequireAuthorization(Policies.ReadOrganisation);
        ListDecisionMeetings.Map(meetings);
        ExportDecisionMeetings.Map(meetings);
        GetDecisionMeeting.Map(meetings);
        RecordDecisionMeeting.Map(meetings);
        UpdateDecisionMeeting.Map(meetings);
        DeleteDecisionMeeting.Map(meetings);
        var research = api.MapGroup("/decision-research").WithTags("DecisionMeetings").RequireAuthorization(Policies.ReadOrganisation);
        ListDecisionResearch.Map(research);
        ExportDecisionResearch.Map(research);
        RecordDecisionResearch.Map(research);
        UpdateDecisionResearch.Map(research);
        DeleteDecisionResearch.Map(research);
    }
}
