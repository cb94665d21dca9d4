using Gonghui.Infrastructure.Jobs;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Imports;

public static class ImportsModule
{
    public static IServiceCollection AddImports(this IServiceCollection services) =>
        services.AddSingleton<ImportQueue>()
            .AddSingleton<ImportProgressBoard>()
            .AddScoped<ImportRunner>()
            .AddHostedService<ImportWorker>()
            .AddScoped<StartImport>()
            .AddScoped<GetImport>()
            .AddScoped<ListImports>()
            .AddScoped<ExportImportErrors>()
            .AddScoped<ListImportErrors>()
            .AddScoped<GetImportTemplate>();

    public static void MapImports(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(Policies.WriteRegistry);
        ListImports.Map(g);
        GetImportTemplate.Map(g);
        GetImport.Map(g);
        ExportImportErrors.Map(g);
        ListImportErrors.Map(g);
        StartImport.Map(g);
    }
}
