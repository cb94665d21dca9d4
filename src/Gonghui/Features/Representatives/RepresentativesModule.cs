using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Representatives;

/// <summary>Permanent representatives of a union's congress (会员代表常任制, R2): who serves each term, for which constituency, the make-up against the district's targets, and their proposals and suggestions (R12) from submission to the proposers' rating.</summary>
public static class RepresentativesModule
{
    public static IServiceCollection AddRepresentatives(this IServiceCollection services) =>
        services.AddSettingDefinitions(RepresentativeSettings.Definitions)
            .AddSettingDefinitions(ProposalSettings.Definitions)
            .AddRecordPage<Representative>("/democracy/representatives?open={0}")
            .AddRecordPage<Proposal>("/democracy/proposals?open={0}")
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
            .AddScoped<Infrastructure.Jobs.IRosterImporter, ImportRepresentatives>()
            .AddScoped<ProposalReader>()
            .AddScoped<ListProposals>()
            .AddScoped<ExportProposals>()
            .AddScoped<ListProposalTallies>()
            .AddScoped<GetProposal>()
            .AddScoped<SubmitProposal>()
            .AddScoped<UpdateProposal>()
            .AddScoped<ReviewProposal>()
            .AddScoped<AnswerProposal>()
            .AddScoped<RateProposal>()
            .AddScoped<ReopenProposal>()
            .AddScoped<DeleteProposal>();

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

        var proposals = api.MapGroup("/proposals").WithTags("Proposals").RequireAuthorization(Policies.ReadOrganisation);
        ListProposals.Map(proposals);
        ExportProposals.Map(proposals);
        ListProposalTallies.Map(proposals);
        GetProposal.Map(proposals);
        SubmitProposal.Map(proposals);
        UpdateProposal.Map(proposals);
        ReviewProposal.Map(proposals);
        AnswerProposal.Map(proposals);
        RateProposal.Map(proposals);
        ReopenProposal.Map(proposals);
        DeleteProposal.Map(proposals);
    }
}
