using Gonghui.Features.Members;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Officers;

/// <summary>
/// <c>GET /api/v1/officers/staffing?date=</c> (R18): per industrial union, the members of it and the unions below it on the
/// date, the officers required (by default 3 + ⌊members ÷ 5,000⌋, district settings), those in post, and the shortfall.
/// </summary>
public sealed class GetStaffing(GonghuiDbContext db, DistrictSettings district)
{
    public sealed record Line(long UnionId, string UnionName, int Members, int Required, int Officers, int Shortfall, bool Met);

    public async Task<IReadOnlyList<Line>> HandleAsync(DateOnly date, CancellationToken ct)
    {
        var settings = district.Get<StaffingSettings>();
        var industrial = await db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        // Members on the date: joined by then and not yet gone; a transferred-in record counts from the day it was recorded.
        var recordedBy = TimeZoneInfo.ConvertTimeToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue), LocalizationSetup.Shanghai);
        var perUnion = await db.Members.AsNoTracking()
            .Where(m => (m.JoinedOn == null || m.JoinedOn <= date) && (m.EndedOn == null || m.EndedOn > date)
                && (m.TransferredFromId == null || m.CreatedAt < recordedBy))
            .GroupBy(m => m.Union!.Path).Select(g => new { Path = g.Key, Count = g.Count() }).ToListAsync(ct);
        var officers = await db.Officers.AsNoTracking().Where(o => o.StartOn <= date && (o.EndOn == null || o.EndOn >= date))
            .GroupBy(o => o.UnionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return industrial.Select(u =>
        {
            var members = perUnion.Where(p => p.Path.StartsWith(u.Path, StringComparison.Ordinal)).Sum(p => p.Count);
            var verdict = settings.Evaluate(members, officers.GetValueOrDefault(u.Id));
            return new Line(u.Id, u.Name, verdict.Members, verdict.Required, verdict.Actual, verdict.Shortfall, verdict.Met);
        }).ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/staffing", async (GetStaffing h, DateOnly? date, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(date ?? LocalizationSetup.Today, ct)))
            .WithName("GetStaffing");
}
