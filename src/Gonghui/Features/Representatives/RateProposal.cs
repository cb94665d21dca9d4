using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Representatives;

/// <summary><c>POST /api/v1/proposals/{id}/rate</c>: the proposers' rating of the answer (satisfied, basically satisfied, unsatisfied), which closes it.</summary>
public sealed class RateProposal(GonghuiDbContext db, ProposalReader reader)
{
    public Task<Outcome<ProposalDto>> HandleAsync(long id, ProposalRatingInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, proposal => Task.FromResult(reader.Rate(input, proposal)),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/rate", async (long id, ProposalRatingInput input, RateProposal h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RateProposal");
}
