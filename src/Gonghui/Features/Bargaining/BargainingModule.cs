using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Bargaining;

public static class BargainingModule
{
    public static IServiceCollection AddBargaining(this IServiceCollection services) =>
        services.AddSettingDefinitions(BargainingSettings.Definitions)
            .AddRecordPage<Negotiation>("/bargaining/negotiations?open={0}")
            .AddRecordPage<CollectiveContract>("/bargaining/contracts?open={0}")
            .AddScoped<IndustryAssociationValidator>()
            .AddScoped<ListIndustryAssociations>()
            .AddScoped<GetIndustryAssociation>()
            .AddScoped<CreateIndustryAssociation>()
            .AddScoped<UpdateIndustryAssociation>()
            .AddScoped<DeleteIndustryAssociation>()
            .AddScoped<NegotiationReader>()
            .AddScoped<ListNegotiations>()
            .AddScoped<ExportNegotiations>()
            .AddScoped<GetNegotiation>()
            .AddScoped<CreateNegotiation>()
            .AddScoped<DeleteNegotiation>()
            .AddScoped<RecordAnswer>()
            .AddScoped<SetNegotiators>()
            .AddScoped<OpenNegotiation>()
            .AddScoped<AddNegotiationRound>()
            .AddScoped<DraftContract>()
            .AddScoped<RecordVote>()
            .AddScoped<CloseNegotiation>()
            .AddScoped<ContractReader>()
            .AddScoped<CollectiveContractValidator>()
            .AddScoped<ListCollectiveContracts>()
            .AddScoped<ExportCollectiveContracts>()
            .AddScoped<GetCollectiveContract>()
            .AddScoped<CreateCollectiveContract>()
            .AddScoped<UpdateCollectiveContract>()
            .AddScoped<DeleteCollectiveContract>()
            .AddScoped<SignCollectiveContract>()
            .AddScoped<FileCollectiveContract>()
            .AddScoped<RecordObjection>()
            .AddScoped<ResolveObjection>()
            .AddScoped<ListWageStandards>()
            .AddScoped<GetBargainingCoverage>()
            .AddScoped<ListBargainingReminders>()
            .AddScoped<NegotiationDocuments>()
            .AddScoped<ContractDocuments>();

    public static void MapBargaining(this RouteGroupBuilder api)
    {
        var associations = api.MapGroup("/industry-associations").WithTags("Bargaining").RequireAuthorization(Policies.ReadOrganisation);
        ListIndustryAssociations.Map(associations);
        GetIndustryAssociation.Map(associations);
        CreateIndustryAssociation.Map(associations);
        UpdateIndustryAssociation.Map(associations);
        DeleteIndustryAssociation.Map(associations);

        var negotiations = api.MapGroup("/negotiations").WithTags("Bargaining").RequireAuthorization(Policies.ReadOrganisation);
        ListNegotiations.Map(negotiations);
        ExportNegotiations.Map(negotiations);
        GetNegotiation.Map(negotiations);
        CreateNegotiation.Map(negotiations);
        DeleteNegotiation.Map(negotiations);
        RecordAnswer.Map(negotiations);
        SetNegotiators.Map(negotiations);
        OpenNegotiation.Map(negotiations);
        AddNegotiationRound.Map(negotiations);
        DraftContract.Map(negotiations);
        RecordVote.Map(negotiations);
        CloseNegotiation.Map(negotiations);

        var contracts = api.MapGroup("/collective-contracts").WithTags("Bargaining").RequireAuthorization(Policies.ReadOrganisation);
        ListCollectiveContracts.Map(contracts);
        ExportCollectiveContracts.Map(contracts);
        GetCollectiveContract.Map(contracts);
        CreateCollectiveContract.Map(contracts);
        UpdateCollectiveContract.Map(contracts);
        DeleteCollectiveContract.Map(contracts);
        SignCollectiveContract.Map(contracts);
        FileCollectiveContract.Map(contracts);
        RecordObjection.Map(contracts);
        ResolveObjection.Map(contracts);

        RecordDocuments.Map<NegotiationDocuments>(api, NegotiationDocuments.Owner, "Bargaining");
        RecordDocuments.Map<ContractDocuments>(api, ContractDocuments.Owner, "Bargaining");

        ListWageStandards.Map(api);
        GetBargainingCoverage.Map(api);
        ListBargainingReminders.Map(api);
    }
}
