using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Representatives;

/// <summary><c>POST /api/v1/proposals</c>: a proposal or suggestion put forward by representatives of a term, waiting for the proposals committee.</summary>
public sealed class SubmitProposal(GonghuiDbContext db, ProposalReader reader)
{
    public async Task<Outcome<ProposalDto>> HandleAsync(ProposalInput input, CancellationToken ct)
    {
        var proposal = new Proposal { Status = ProposalStatus.Submitted };
        if (await reader.CheckAndApplyAsync(input, proposal, ct) is { } refused)
        {
            return refused;
        }

        db.Add(proposal);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(proposal.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (ProposalInput input, SubmitProposal h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/proposals/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SubmitProposal");
}
