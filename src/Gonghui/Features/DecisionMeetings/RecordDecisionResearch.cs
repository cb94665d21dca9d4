using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.DecisionMeetings;

/// <summary><c>POST /api/v1/decision-research</c>: research before a major decision, linked (when known) to the meeting whose decision it informed.</summary>
public sealed class RecordDecisionResearch(GonghuiDbContext db, DecisionRecords records)
{
    public async Task<Outcome<DecisionResearchDto>> HandleAsync(DecisionResearchInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var path = await records.UnionPathAsync(input.UnionId, e, ct);
        var research = new DecisionResearch();
        await records.CheckResearchAsync(input, input.UnionId ?? 0, e, research, ct);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!records.CanWrite(path!))
        {
            return Outcome.Forbidden;
        }

        research.UnionId = input.UnionId!.Value;
        db.Add(research);
        await db.SaveChangesAsync(ct);
        return (await records.ReadResearchAsync(research.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (DecisionResearchInput input, RecordDecisionResearch h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, r => TypedResults.Created($"/api/v1/decision-research/{r.Id}", r)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordDecisionResearch");
}
