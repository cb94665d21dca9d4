using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Evaluations;

/// <summary>Members' democratic evaluation of their union (会员民主评议工会, R2): yearly rounds, their satisfaction rate against the district's target, and the follow-up of what members raised.</summary>
public static class EvaluationsModule
{
    public static IServiceCollection AddEvaluations(this IServiceCollection services) =>
        services.AddSettingDefinitions(EvaluationSettings.Definitions)
            .AddRecordPage<Evaluation>("/democracy/evaluations?open={0}")
            .AddScoped<EvaluationReader>()
            .AddScoped<ListEvaluations>()
            .AddScoped<ExportEvaluations>()
            .AddScoped<GetEvaluation>()
            .AddScoped<RecordEvaluation>()
            .AddScoped<UpdateEvaluation>()
            .AddScoped<DeleteEvaluation>();

    public static void MapEvaluations(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/evaluations").WithTags("Evaluations").RequireAuthorization(Policies.ReadOrganisation);
        ListEvaluations.Map(g);
        ExportEvaluations.Map(g);
        GetEvaluation.Map(g);
        RecordEvaluation.Map(g);
        UpdateEvaluation.Map(g);
        DeleteEvaluation.Map(g);
    }
}
