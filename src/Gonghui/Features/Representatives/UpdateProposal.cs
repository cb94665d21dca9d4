using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Representatives;

/// <summary><c>PUT /api/v1/proposals/{id}</c>: corrects a submission (its text, category, day, session and proposers) while the proposals committee has not yet decided on it; its term stays.</summary>
public sealed class UpdateProposal(GonghuiDbContext db, ProposalReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<ProposalDto>> HandleAsync(long id, ProposalInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, async proposal =>
        {
            if (proposal.Status != ProposalStatus.Submitted)
            {
                return Outcome.Conflict(t["Proposal.AlreadyReviewed"]);
            }

            if (input.Version is null)
            {
                return Outcome.Invalid(ValidationErrors.ForStep(null, t));
            }

            return await reader.CheckAndApplyAsync(input, proposal, ct);
        }, async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, ProposalInput input, UpdateProposal h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateProposal");
}
