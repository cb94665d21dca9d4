using Gonghui.Features.Assessment;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Training;

/// <summary>
/// <c>GET /api/v1/certification-trainings/by-union?year=</c>: every industrial union in the actor's scope against R7 for
/// the year — workers certified (by its trainings and those of the unions below it) against the district's minimum,
/// or exempt.
/// </summary>
public sealed class GetTrainingByUnion(GonghuiDbContext db, TrainingFacts facts, DistrictSettings district)
{
    public sealed record Row(long UnionId, string UnionName, int Trainings, int CertifiedWorkers, int Minimum, ComplianceStatus Status, string? Reason);

    public async Task<IReadOnlyList<Row>> HandleAsync(int year, CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.Sector }).ToListAsync(ct);
        var certified = await facts.CertifiedAsync(unions.Select(u => (u.Id, u.Path)).ToList(), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        var s = district.Get<AssessmentSettings>();
        return unions.Select(u =>
        {
            var c = certified[u.Id];
            var verdict = TrainingRule.Evaluate(u.Code, u.Sector, (c.Workers, []), s.CertifiedWorkers, s.ExemptSectors, s.ExemptUnions);
            return new Row(u.Id, u.Name, c.Trainings.Count, c.Workers, s.CertifiedWorkers, verdict.Status, verdict.Reason);
        }).ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/by-union", async (int year, GetTrainingByUnion h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .WithName("GetTrainingByUnion");
}
