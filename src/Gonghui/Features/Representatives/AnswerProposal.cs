using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Representatives;

/// <summary><c>POST /api/v1/proposals/{id}/answer</c>: the answer to the open round, with the measures taken, and the day.</summary>
public sealed class AnswerProposal(GonghuiDbContext db, ProposalReader reader)
{
    public Task<Outcome<ProposalDto>> HandleAsync(long id, ProposalAnswerInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, proposal => Task.FromResult(reader.Answer(input, proposal)),
            async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/answer", async (long id, ProposalAnswerInput input, AnswerProposal h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("AnswerProposal");
}
