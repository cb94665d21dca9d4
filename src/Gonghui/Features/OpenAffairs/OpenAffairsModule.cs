using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.OpenAffairs;

/// <summary>Open union affairs (会务公开, R2): what each union publishes to its members, against the district's yearly list.</summary>
public static class OpenAffairsModule
{
    public static IServiceCollection AddOpenAffairs(this IServiceCollection services) =>
        services.AddSettingDefinitions(OpenAffairsSettings.Definitions)
            .AddRecordPage<AffairsNotice>("/democracy/open-affairs?open={0}")
            .AddScoped<AffairsNoticeReader>()
            .AddScoped<ListAffairsNotices>()
            .AddScoped<ExportAffairsNotices>()
            .AddScoped<GetAffairsNotice>()
            .AddScoped<PublishAffairsNotice>()
            .AddScoped<UpdateAffairsNotice>()
            .AddScoped<DeleteAffairsNotice>()
            .AddScoped<GetOpenAffairsByUnion>();

    public static void MapOpenAffairs(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/affairs-notices").WithTags("OpenAffairs").RequireAuthorization(Policies.ReadOrganisation);
        ListAffairsNotices.Map(g);
        ExportAffairsNotices.Map(g);
        GetOpenAffairsByUnion.Map(g);
        GetAffairsNotice.Map(g);
        PublishAffairsNotice.Map(g);
        UpdateAffairsNotice.Map(g);
        DeleteAffairsNotice.Map(g);
    }
}
