using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Representatives;

/// <summary><c>POST /api/v1/proposals/{id}/review</c>: the proposals committee files it as a proposal or turns it into a suggestion, and assigns it to an office of the union or to the enterprise's management with a due day.</summary>
public sealed class ReviewProposal(GonghuiDbContext db, ProposalReader reader)
{
    public Task<Outcome<ProposalDto>> HandleAsync(long id, ProposalReviewInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, proposal => Task.FromResult(reader.Review(input, proposal)),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/review", async (long id, ProposalReviewInput input, ReviewProposal h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ReviewProposal");
}
