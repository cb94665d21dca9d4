using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Leadership;

/// <summary><c>POST /api/v1/leadership-sessions</c>: the district's staff record a hearing of industrial unions' work reports or a study session.</summary>
public sealed class RecordLeadershipSession(GonghuiDbContext db, LeadershipRecords records)
{
    public async Task<Outcome<LeadershipSessionDto>> HandleAsync(LeadershipSessionInput input, CancellationToken ct)
    {
        if (!records.CanWrite)
        {
            return Outcome.Forbidden;
        }

        var e = new ValidationErrors();
        var session = new LeadershipSession();
        await records.CheckAsync(input, e, session, ct);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        db.Add(session);
        await db.SaveChangesAsync(ct);
        return (await records.ReadAsync(session.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (LeadershipSessionInput input, RecordLeadershipSession h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, s => TypedResults.Created($"/api/v1/leadership-sessions/{s.Id}", s)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordLeadershipSession");
}
