using Gonghui.Features.Members;
using Gonghui.Features.Representatives.Rules;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/representatives/ratios?termId=</c>: the make-up of a term's serving representatives against the district's targets.</summary>
public sealed class GetRepresentativeRatios(GonghuiDbContext db, DistrictSettings district)
{
    public sealed record Answer(long TermId, int Serving, int Ended, IReadOnlyList<RepresentativeRatio> Ratios);

    public async Task<Answer> HandleAsync(long termId, CancellationToken ct)
    {
        var rows = await db.Set<Representative>().AsNoTracking().Where(x => x.TermId == termId)
            .Select(x => new { Serving = x.EndedOn == null, Woman = x.Member!.Gender == Gender.Female, x.FrontLine, x.Officer }).ToListAsync(ct);
        var serving = rows.Where(r => r.Serving).ToList();
        var targets = district.Get<RepresentativeSettings>();
        return new Answer(termId, serving.Count, rows.Count - serving.Count, RepresentativeRatioRule.Evaluate(serving.Count, serving.Count(r => r.Woman), serving.Count(r => r.FrontLine),
            serving.Count(r => r.Officer), targets.MinWomenShare, targets.MinFrontLineShare, targets.MaxOfficerShare));
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/ratios", async (long termId, GetRepresentativeRatios h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(termId, ct)))
            .WithName("GetRepresentativeRatios");
}
