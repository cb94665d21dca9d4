using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Congresses;

/// <summary>Members' assemblies and congresses: terms, sessions with their quorum and votes, elections and their approval by the higher union (R2, L10).</summary>
public static class CongressesModule
{
    public static IServiceCollection AddCongresses(this IServiceCollection services) =>
        services.AddSettingDefinitions(CongressSettings.Definitions)
            .AddRecordPage<CongressSession>("/democracy/congresses?open={0}")
            .AddRecordPage<Election>("/democracy/elections?open={0}")
            .AddScoped<CongressReader>()
            .AddScoped<ListCongressTerms>()
            .AddScoped<ExportCongressTerms>()
            .AddScoped<GetCongressTerm>()
            .AddScoped<OpenCongressTerm>()
            .AddScoped<UpdateCongressTerm>()
            .AddScoped<DeleteCongressTerm>()
            .AddScoped<ListCongressSessions>()
            .AddScoped<ExportCongressSessions>()
            .AddScoped<GetCongressSession>()
            .AddScoped<HoldCongressSession>()
            .AddScoped<UpdateCongressSession>()
            .AddScoped<DeleteCongressSession>()
            .AddScoped<SessionDocuments>()
            .AddScoped<ListElections>()
            .AddScoped<ExportElections>()
            .AddScoped<GetElection>()
            .AddScoped<RecordElection>()
            .AddScoped<UpdateElection>()
            .AddScoped<DeleteElection>()
            .AddScoped<SubmitElection>()
            .AddScoped<ReviewElection>()
            .AddScoped<GetCommittee>();

    public static void MapCongresses(this RouteGroupBuilder api)
    {
        var terms = api.MapGroup("/congress-terms").WithTags("Congresses").RequireAuthorization(Policies.ReadOrganisation);
        ListCongressTerms.Map(terms);
        ExportCongressTerms.Map(terms);
        GetCongressTerm.Map(terms);
        OpenCongressTerm.Map(terms);
        UpdateCongressTerm.Map(terms);
        DeleteCongressTerm.Map(terms);
        var sessions = api.MapGroup("/congress-sessions").WithTags("Congresses").RequireAuthorization(Policies.ReadOrganisation);
        ListCongressSessions.Map(sessions);
        ExportCongressSessions.Map(sessions);
        GetCongressSession.Map(sessions);
        HoldCongressSession.Map(sessions);
        UpdateCongressSession.Map(sessions);
        DeleteCongressSession.Map(sessions);
        RecordDocuments.Map<SessionDocuments>(api, SessionDocuments.Owner, "Congresses");
        var elections = api.MapGroup("/elections").WithTags("Congresses").RequireAuthorization(Policies.ReadOrganisation);
        ListElections.Map(elections);
        ExportElections.Map(elections);
        GetElection.Map(elections);
        RecordElection.Map(elections);
        UpdateElection.Map(elections);
        DeleteElection.Map(elections);
        SubmitElection.Map(elections);
        ReviewElection.Map(elections);
        GetCommittee.Map(api.MapGroup("/committee-seats").WithTags("Congresses").RequireAuthorization(Policies.ReadOrganisation));
    }
}
