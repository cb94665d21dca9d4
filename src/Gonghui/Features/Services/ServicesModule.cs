using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Services;

/// <summary>Services to workers (R9, R10): designated providers, designated services, purchase contracts, deliveries and each industry's required categories.</summary>
public static class ServicesModule
{
    public static IServiceCollection AddServices(this IServiceCollection services) =>
        services.AddSettingDefinitions(ServiceSettings.Definitions)
            .AddRecordPage<ServicePurchase>("/services/purchases?open={0}")
            .AddRecordPage<ServiceDelivery>("/services/deliveries?open={0}")
            .AddScoped<ServiceProviderRegistry>()
            .AddScoped<ServicePurchases>()
            .AddScoped<ServiceDeliveries>()
            .AddScoped<DesignatedServices>()
            .AddScoped<ImportSignInSheet>()
            .AddScoped<GetServiceCoverage>()
            .AddScoped<ServiceProviderDocuments>()
            .AddScoped<ServicePurchaseDocuments>()
            .AddScoped<ServiceDeliveryDocuments>();

    public static void MapServices(this RouteGroupBuilder api)
    {
        ServiceProviderEndpoints.Map(api.MapGroup("/service-providers").WithTags("Service providers").RequireAuthorization(Policies.ReadOrganisation));
        ServicePurchaseEndpoints.Map(api.MapGroup("/service-purchases").WithTags("Service purchases").RequireAuthorization(Policies.ReadOrganisation));
        var deliveries = api.MapGroup("/service-deliveries").WithTags("Service deliveries").RequireAuthorization(Policies.ReadOrganisation);
        GetServiceCoverage.Map(deliveries);
        ImportSignInSheet.Map(deliveries);
        ServiceDeliveryEndpoints.Map(deliveries);
        RecordDocuments.Map<ServiceProviderDocuments>(api, ServiceProviderDocuments.Owner, "Service providers");
        RecordDocuments.Map<ServicePurchaseDocuments>(api, ServicePurchaseDocuments.Owner, "Service purchases");
        RecordDocuments.Map<ServiceDeliveryDocuments>(api, ServiceDeliveryDocuments.Owner, "Service deliveries");
        DesignatedServiceEndpoints.Map(api.MapGroup("/designated-services").WithTags("Designated services").RequireAuthorization(Policies.ReadOrganisation));
    }
}
