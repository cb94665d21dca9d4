using Gonghui.Infrastructure.Api;

namespace Gonghui.Features.Training;

/// <summary><c>GET /api/v1/skills-competitions/{id}</c>: a competition with its awards.</summary>
public sealed class GetSkillsCompetition(CompetitionRecords records)
{
    public Task<SkillsCompetitionDto?> HandleAsync(long id, CancellationToken ct) => records.ReadAsync(id, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/{id:long}", async (long id, GetSkillsCompetition h, Problems p, CancellationToken ct) =>
                await h.HandleAsync(id, ct) is { } c ? Results.Ok(c) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetSkillsCompetition");
}
