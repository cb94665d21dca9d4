using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Representatives;

/// <summary>Permanent representatives of a union's congress (会员代表常任制, R2): who serves each term, for which constituency, and the make-up against the district's targets.</summary>
public static class RepresentativesModule
{
    public static IServiceCollection AddRepresentatives(this IServiceCollection services) =>
        services.AddSettingDefinitions(RepresentativeSettings.Definitions)
            .AddRecordPage<Representative>("/democracy/representatives?open={0}")
            .AddScoped<RepresentativeReader>()
            .AddScoped<ListRepresentatives>()
            .AddScoped<ExportRepresentatives>()
            .AddScoped<GetRepresentativeRatios>()
            .AddScoped<ListRepresentedTerms>()
            .AddScoped<GetRepresentative>()
            .AddScoped<ElectRepresentative>()
            .AddScoped<UpdateRepresentative>()
            .AddScoped<EndRepresentative>()
            .AddScoped<DeleteRepresentative>()
            .AddScoped<Infrastructure.Jobs.IRosterImporter, ImportRepresentatives>();

    public static void MapRepresentatives(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/representatives").WithTags("Representatives").RequireAuthorization(Policies.ReadOrganisation);
        ListRepresentatives.Map(g);
        ExportRepresentatives.Map(g);
        GetRepresentativeRatios.Map(g);
        ListRepresentedTerms.Map(g);
        GetRepresentative.Map(g);
        ElectRepresentative.Map(g);
        UpdateRepresentative.Map(g);
        EndRepresentative.Map(g);
        DeleteRepresentative.Map(g);
    }
}
