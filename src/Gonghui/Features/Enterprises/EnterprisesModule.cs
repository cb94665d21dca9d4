using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Enterprises;

public static class EnterprisesModule
{
    public static IServiceCollection AddEnterprises(this IServiceCollection services) =>
        services.AddScoped<EnterpriseAccess>()
            .AddChoosableTable("enterprises", ("creditCode", "Enterprise.CreditCode"), ("industrySection", "Enterprise.Industry"), ("sizeClass", "Enterprise.Size"),
                ("employees", "Enterprise.Employees"), ("activeMembers", "Enterprise.ActiveMembers"), ("unionName", "Enterprise.Union"))
            .AddScoped<EnterpriseInputValidator>()
            .AddScoped<ListEnterprises>()
            .AddScoped<GetEnterprise>()
            .AddScoped<CreateEnterprise>()
            .AddScoped<UpdateEnterprise>()
            .AddScoped<DeleteEnterprise>()
            .AddScoped<ExportEnterprises>()
            .AddScoped<Infrastructure.Jobs.IRosterImporter, ImportEnterprises>();

    public static void MapEnterprises(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/enterprises").WithTags("Enterprises").RequireAuthorization(Policies.ReadOrganisation);
        ListEnterprises.Map(g);
        ExportEnterprises.Map(g);
        GetEnterprise.Map(g);
        CreateEnterprise.Map(g);
        UpdateEnterprise.Map(g);
        DeleteEnterprise.Map(g);
    }
}
