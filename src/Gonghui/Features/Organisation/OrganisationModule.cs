using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Organisation;

public static class OrganisationModule
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services) =>
        services.AddScoped<ScopedUnions>()
            .AddChoosableTable("unions", ("kind", "Union.Kind"), ("sector", "Union.Sector"), ("chairName", "Union.Chair"), ("contactPhone", "Union.Phone"))
            .AddScoped<ListUnions>()
            .AddScoped<GetUnion>()
            .AddScoped<ProposeUnionCode>()
            .AddScoped<CheckUnionCode>()
            .AddScoped<CreateUnion>()
            .AddScoped<UpdateUnion>()
            .AddScoped<DeleteUnion>()
            .AddScoped<ExportUnions>()
            .AddScoped<CheckGrassrootsForms>();

    public static void MapOrganisation(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/unions").WithTags("Organisation").RequireAuthorization(Policies.ReadOrganisation);
        ListUnions.Map(g);
        ExportUnions.Map(g);
        CheckGrassrootsForms.Map(g);
        GetUnion.Map(g);
        ProposeUnionCode.Map(g);
        CheckUnionCode.Map(g);
        CreateUnion.Map(g);
        UpdateUnion.Map(g);
        DeleteUnion.Map(g);
    }
}
