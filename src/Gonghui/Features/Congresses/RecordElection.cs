using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Congresses;

/// <summary><c>POST /api/v1/elections</c>: an election held at a session (or a further round of one), with the ballots and each candidate's votes; counted as it is saved.</summary>
public sealed class RecordElection(GonghuiDbContext db, CongressReader reader)
{
    public async Task<Outcome<ElectionDto>> HandleAsync(ElectionInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var election = new Election { Status = ElectionStatus.Recorded };
        if (!await reader.CheckAndApplyAsync(input, election, e, ct))
        {
            return e.Any ? Outcome.Invalid(e) : Outcome.Forbidden;
        }

        db.Add(election);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadElectionAsync(election.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (ElectionInput input, RecordElection h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/elections/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordElection");
}
