using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

/// <summary><c>POST /api/v1/skills-competitions</c>: a competition the union held, with its entrants and awards.</summary>
public sealed class RecordSkillsCompetition(GonghuiDbContext db, CurrentActor actor, CompetitionRecords records, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<SkillsCompetitionDto>> HandleAsync(SkillsCompetitionInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);
        var competition = new SkillsCompetition();
        if (!records.CheckAndApply(input, competition, e) || union is null)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        competition.UnionId = input.UnionId!.Value;
        db.Add(competition);
        await db.SaveChangesAsync(ct);
        return (await records.ReadAsync(competition.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (SkillsCompetitionInput input, RecordSkillsCompetition h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, c => TypedResults.Created($"/api/v1/skills-competitions/{c.Id}", c)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordSkillsCompetition");
}
