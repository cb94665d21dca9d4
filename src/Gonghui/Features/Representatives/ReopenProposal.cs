using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Representatives;

/// <summary><c>POST /api/v1/proposals/{id}/reopen</c>: a proposal its proposers rated unsatisfied handled once more, with the reason, to whom and by when.</summary>
public sealed class ReopenProposal(GonghuiDbContext db, ProposalReader reader)
{
    public Task<Outcome<ProposalDto>> HandleAsync(long id, ProposalReopenInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, proposal => Task.FromResult(reader.Reopen(input, proposal)),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/reopen", async (long id, ProposalReopenInput input, ReopenProposal h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ReopenProposal");
}
