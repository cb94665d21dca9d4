using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gonghui.Features.InfoReports;

public static class InfoReportsModule
{
    public static IServiceCollection AddInfoReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddScoped<InfoReportReader>()
            .AddScoped<ListInfoReports>()
            .AddScoped<ExportInfoReports>()
            .AddScoped<GetInfoReport>()
            .AddScoped<SubmitInfoReport>()
            .AddScoped<ReviewInfoReport>()
            .AddScoped<WithdrawInfoReport>()
            .AddScoped<CountInfoReports>()
            .AddScoped<InfoReportDocuments>();
    }

    public static void MapInfoReports(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/info-reports").WithTags("InfoReports").RequireAuthorization(Policies.ReadOrganisation);
        ListInfoReports.Map(g);
        ExportInfoReports.Map(g);
        CountInfoReports.Map(g);
        GetInfoReport.Map(g);
        SubmitInfoReport.Map(g);
        ReviewInfoReport.Map(g);
        WithdrawInfoReport.Map(g);
        RecordDocuments.Map<InfoReportDocuments>(api, InfoReportDocuments.Owner, "InfoReports");
    }
}
