using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.WorkforceReports;

public static class WorkforceReportsModule
{
    public static IServiceCollection AddWorkforceReports(this IServiceCollection services) =>
        services.AddSettingDefinitions(WorkforceReportSettings.Definitions)
            .AddScoped<WorkforceReportReader>()
            .AddScoped<ListWorkforceReports>()
            .AddScoped<GetWorkforceReport>()
            .AddScoped<CreateWorkforceReport>()
            .AddScoped<UpdateWorkforceReport>()
            .AddScoped<SubmitWorkforceReport>()
            .AddScoped<DeleteWorkforceReport>()
            .AddScoped<DraftWorkforceRollUp>()
            .AddScoped<GetWorkforceReportMatrix>()
            .AddScoped<GetWorkforceTrend>()
            .AddScoped<ExportWorkforceReports>();

    public static void MapWorkforceReports(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/workforce-reports").WithTags("WorkforceReports").RequireAuthorization(Policies.ReadOrganisation);
        ListWorkforceReports.Map(g);
        DraftWorkforceRollUp.Map(g);
        GetWorkforceReportMatrix.Map(g);
        GetWorkforceTrend.Map(g);
        ExportWorkforceReports.Map(g);
        GetWorkforceReport.Map(g);
        CreateWorkforceReport.Map(g);
        UpdateWorkforceReport.Map(g);
        SubmitWorkforceReport.Map(g);
        DeleteWorkforceReport.Map(g);
    }
}
