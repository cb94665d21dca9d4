using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.AuditLog;

public static class AuditLogModule
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) =>
        services.AddScoped<SearchAuditEntries>().AddScoped<VerifyAuditChain>().AddScoped<GetAuditOverview>().AddScoped<AuditWords>().AddScoped<ExportAuditEntries>();

    public static void MapAuditLog(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/audit-entries").WithTags("Audit").RequireAuthorization(Policies.ReadAudit);
        SearchAuditEntries.Map(g);
        VerifyAuditChain.Map(g);
        GetAuditOverview.Map(g);
        ExportAuditEntries.Map(g);
    }
}
