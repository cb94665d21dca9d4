using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.ServiceCards;

/// <summary>The Jing Card mutual-aid service card (京卡·互助服务卡, R8): applications, the bank's issuance, loss, replacement, cancellation, and the issuance rate.</summary>
public static class ServiceCardsModule
{
    public static IServiceCollection AddServiceCards(this IServiceCollection services) =>
        services.AddSettingDefinitions(ServiceCardSettings.Definitions)
            .AddRecordPage<ServiceCard>("/services/cards?open={0}")
            .AddScoped<ServiceCardReader>()
            .AddScoped<ListServiceCards>()
            .AddScoped<ExportServiceCards>()
            .AddScoped<GetServiceCard>()
            .AddScoped<ApplyServiceCard>()
            .AddScoped<StepServiceCard>()
            .AddScoped<DeleteServiceCard>()
            .AddScoped<RecordCardApplications>()
            .AddScoped<ExportCardApplications>()
            .AddScoped<GetCardIssuance>()
            .AddScoped<Members.IFollowsMember, ServiceCardMoves>()
            .AddScoped<Infrastructure.Jobs.IRosterImporter, ImportServiceCards>();

    public static void MapServiceCards(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/service-cards").WithTags("Jing Cards").RequireAuthorization(Policies.ReadOrganisation);
        ListServiceCards.Map(g);
        ExportServiceCards.Map(g);
        GetCardIssuance.Map(g);
        RecordCardApplications.Map(g);
        ExportCardApplications.Map(g);
        GetServiceCard.Map(g);
        ApplyServiceCard.Map(g);
        StepServiceCard.Map(g);
        DeleteServiceCard.Map(g);
    }
}
