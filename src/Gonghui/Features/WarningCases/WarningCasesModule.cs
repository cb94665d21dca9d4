using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gonghui.Features.WarningCases;

public static class WarningCasesModule
{
    public static IServiceCollection AddWarningCases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddSettingDefinitions(WarningSettings.Definitions)
            .AddRecordPage<WarningCase>("/mechanisms/warning-cases?open={0}")
            .AddScoped<WarningCaseReader>()
            .AddScoped<ListWarningCases>()
            .AddScoped<GetWarningCase>()
            .AddScoped<OpenWarningCase>()
            .AddScoped<RecordLayoff>()
            .AddScoped<AddWarningSignal>()
            .AddScoped<RaiseWarningLevel>()
            .AddScoped<ReportWarningCase>()
            .AddScoped<RecordMediation>()
            .AddScoped<CloseWarningCase>()
            .AddScoped<DeleteWarningCase>()
            .AddScoped<ListReportSignals>()
            .AddScoped<GetWarningOverview>()
            .AddScoped<WarningCaseDocuments>()
            .AddScoped<ExportWarningCases>();
    }

    public static void MapWarningCases(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/warning-cases").WithTags("WarningCases").RequireAuthorization(Policies.ReadOrganisation);
        ListWarningCases.Map(g);
        ListReportSignals.Map(g);
        ExportWarningCases.Map(g);
        GetWarningCase.Map(g);
        OpenWarningCase.Map(g);
        RecordLayoff.Map(g);
        AddWarningSignal.Map(g);
        RaiseWarningLevel.Map(g);
        ReportWarningCase.Map(g);
        RecordMediation.Map(g);
        CloseWarningCase.Map(g);
        DeleteWarningCase.Map(g);
        GetWarningOverview.Map(api);
        RecordDocuments.Map<WarningCaseDocuments>(api, WarningCaseDocuments.Owner, "WarningCases");
    }
}
