using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.WorkersHomes;

/// <summary>Workers' Homes of grassroots unions (职工之家 / 职工小家, R3): the registry, 会家合一, the district's award rounds (nominated, scored, commended or declined), and the titles given and revoked.</summary>
public static class WorkersHomesModule
{
    public static IServiceCollection AddWorkersHomes(this IServiceCollection services) =>
        services.AddSettingDefinitions(WorkersHomeSettings.Definitions)
            .AddRecordPage<WorkersHome>("/frontline/workers-homes?open={0}")
            .AddRecordPage<AwardRound>("/frontline/award-rounds?open={0}")
            .AddScoped<WorkersHomeReader>()
            .AddScoped<ListWorkersHomes>()
            .AddScoped<ExportWorkersHomes>()
            .AddScoped<GetWorkersHome>()
            .AddScoped<BuildWorkersHome>()
            .AddScoped<UpdateWorkersHome>()
            .AddScoped<CommendWorkersHome>()
            .AddScoped<RevokeHomeTitle>()
            .AddScoped<DeleteWorkersHome>()
            .AddScoped<AwardRoundReader>()
            .AddScoped<ListAwardRounds>()
            .AddScoped<ExportAwardRounds>()
            .AddScoped<GetAwardRound>()
            .AddScoped<OpenAwardRound>()
            .AddScoped<UpdateAwardRound>()
            .AddScoped<DeleteAwardRound>()
            .AddScoped<NominateHome>()
            .AddScoped<ScoreNomination>()
            .AddScoped<DecideNomination>();

    public static void MapWorkersHomes(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/workers-homes").WithTags("Workers' Homes").RequireAuthorization(Policies.ReadOrganisation);
        ListWorkersHomes.Map(g);
        ExportWorkersHomes.Map(g);
        GetWorkersHome.Map(g);
        BuildWorkersHome.Map(g);
        UpdateWorkersHome.Map(g);
        CommendWorkersHome.Map(g);
        RevokeHomeTitle.Map(g);
        DeleteWorkersHome.Map(g);

        var rounds = api.MapGroup("/award-rounds").WithTags("Award rounds").RequireAuthorization(Policies.ReadOrganisation);
        ListAwardRounds.Map(rounds);
        ExportAwardRounds.Map(rounds);
        GetAwardRound.Map(rounds);
        OpenAwardRound.Map(rounds);
        UpdateAwardRound.Map(rounds);
        DeleteAwardRound.Map(rounds);
        NominateHome.Map(rounds);
        ScoreNomination.Map(rounds);
        DecideNomination.Map(rounds);
    }
}
