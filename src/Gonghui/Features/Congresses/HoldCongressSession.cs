using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Congresses;

/// <summary><c>POST /api/v1/congress-sessions</c>: a session held in a term, with attendance and the agenda's votes; one short of its quorum is kept and shown as invalid.</summary>
public sealed class HoldCongressSession(GonghuiDbContext db, CongressReader reader)
{
    public async Task<Outcome<SessionDto>> HandleAsync(SessionInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var session = new CongressSession();
        if (!await reader.CheckAndApplyAsync(input, session, e, ct))
        {
            return e.Any ? Outcome.Invalid(e) : Outcome.Forbidden;
        }

        db.Add(session);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadSessionAsync(session.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (SessionInput input, HoldCongressSession h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/congress-sessions/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("HoldCongressSession");
}
