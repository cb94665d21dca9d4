using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

/// <summary><c>PUT /api/v1/skills-competitions/{id}</c>: corrects the competition and its awards (a whole list) with the version read.</summary>
public sealed class UpdateSkillsCompetition(GonghuiDbContext db, CompetitionRecords records, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<SkillsCompetitionDto>> HandleAsync(long id, SkillsCompetitionInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, records.FindWritableAsync, competition =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return Task.FromResult(records.CheckAndApply(input, competition, e) && !e.Any ? null : (Outcome?)Outcome.Invalid(e));
        }, async (x, c) => (await records.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, SkillsCompetitionInput input, UpdateSkillsCompetition h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateSkillsCompetition");
}
