using Gonghui.Features.Assessment.Checks;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Assessment;

public static class AssessmentModule
{
    public static IServiceCollection AddAssessment(this IServiceCollection services)
    {
        // Every check in the assembly: a module that starts keeping a rule's records adds its check class, nothing else.
        foreach (var type in typeof(IComplianceCheck).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IComplianceCheck).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IComplianceCheck), type);
        }

        return services.AddSettingDefinitions(AssessmentSettings.Definitions)
            .AddScoped<GetCompliance>()
            .AddScoped<GetComplianceTrend>()
            .AddScoped<ExportCompliance>()
            .AddScoped<AnnualPlanRecords>()
            .AddScoped<ListAnnualPlans>()
            .AddScoped<GetAnnualPlan>()
            .AddScoped<CreateAnnualPlan>()
            .AddScoped<UpdateAnnualPlan>()
            .AddScoped<SelfAssessAnnualPlan>()
            .AddScoped<ScoreAnnualPlan>()
            .AddScoped<DeleteAnnualPlan>()
            .AddScoped<AnnualPlanDocuments>()
            .AddScoped<GetAnnualReport>()
            .AddScoped<AnnualReportPdf>()
            .AddScoped<ExportAnnualReport>()
            .AddScoped<ListClosedYears>()
            .AddScoped<CloseYear>()
            .AddScoped<ReopenYear>();
    }

    public static void MapAssessment(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/compliance").WithTags("Assessment").RequireAuthorization(Policies.ReadOrganisation);
        GetCompliance.Map(g);
        GetComplianceTrend.Map(g);
        ExportCompliance.Map(g);
        var plans = api.MapGroup("/annual-plans").WithTags("Assessment").RequireAuthorization(Policies.ReadOrganisation);
        ListAnnualPlans.Map(plans);
        GetAnnualPlan.Map(plans);
        CreateAnnualPlan.Map(plans);
        UpdateAnnualPlan.Map(plans);
        SelfAssessAnnualPlan.Map(plans);
        ScoreAnnualPlan.Map(plans);
        DeleteAnnualPlan.Map(plans);
        RecordDocuments.Map<AnnualPlanDocuments>(api, AnnualPlanDocuments.Owner, "Assessment");
        var report = api.MapGroup("/annual-report").WithTags("Assessment").RequireAuthorization(Policies.ReadOrganisation);
        GetAnnualReport.Map(report);
        ExportAnnualReport.Map(report);
        var closed = api.MapGroup("/closed-years").WithTags("Assessment").RequireAuthorization(Policies.ReadOrganisation);
        ListClosedYears.Map(closed);
        CloseYear.Map(closed);
        ReopenYear.Map(closed);
    }
}
