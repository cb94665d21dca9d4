using Gonghui.Features.Assessment.Checks;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary>
/// <c>POST /api/v1/closed-years</c> <c>{year}</c>: the district closes a past year (district administrators). It keeps
/// every parameter's value in force, each registry check's figures for every industrial union (R1, R6) and the annual
/// report's registry figures for every union and the district, in one transaction; the close is audited.
/// </summary>
public sealed class CloseYear(GonghuiDbContext db, IEnumerable<IComplianceCheck> checks, DistrictSettings settings, CurrentActor actor, TimeProvider clock,
    ListClosedYears list, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(int? Year);

    public async Task<Outcome<ClosedYearDto>> HandleAsync(Request request, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        if (request.Year is not (>= 2000 and var year) || year >= today.Year)
        {
            return Outcome.Invalid("year", t["ClosedYear.YearInvalid", today.Year]);
        }

        if (await db.Set<ClosedYear>().AnyAsync(c => c.Year == year, ct))
        {
            return Outcome.Conflict(t["ClosedYear.AlreadyClosed", year]);
        }

        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code)
            .Select(u => new AssessedUnion(u.Id, u.Code, u.Name, u.Path, u.Sector)).ToListAsync(ct);
        var context = new ComplianceContext(year, new DateOnly(year, 12, 31), today, clock.GetUtcNow().UtcDateTime, unions, settings);
        var rows = new List<ClosedYearFigures>();
        foreach (var check in checks.OfType<IRegistryCheck>())
        {
            rows.AddRange((await check.ReadRegistryAsync(context, ct)).Select(f => new ClosedYearFigures { Year = year, Kind = check.Rule, UnionId = f.Key, Figures = f.Value }));
        }

        var byUnion = await OrganisationFigures.ByUnionAsync(db, "/", everyUnion: true, ct);
        var ids = await db.Unions.IgnoreQueryFilters().AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        rows.Add(new ClosedYearFigures { Year = year, Kind = GetAnnualReport.Kind, Figures = KeptYear.Write(OrganisationFigures.Under(byUnion, "/")) });
        rows.AddRange(ids.Select(u => new ClosedYearFigures { Year = year, Kind = GetAnnualReport.Kind, UnionId = u.Id, Figures = KeptYear.Write(OrganisationFigures.Under(byUnion, u.Path)) }));

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(new ClosedYear { Year = year, ClosedAt = clock.GetUtcNow().UtcDateTime, ClosedBy = actor.UserName ?? "", Settings = KeptYear.Write(settings.InForce()) });
            db.AddRange(rows);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another administrator closed the same year a moment earlier: the year's unique index refused this one.
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                if (await db.Set<ClosedYear>().AnyAsync(c => c.Year == year, ct))
                {
                    return Outcome.Conflict(t["ClosedYear.AlreadyClosed", year]);
                }

                throw;
            }
        }

        return (await list.HandleAsync(ct)).Single(c => c.Year == year);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (Request request, CloseYear h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, dto => TypedResults.Created($"/api/v1/closed-years/{dto.Year}", dto)))
            .Produces<ClosedYearDto>(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.SetDistrictSettings)
            .WithName("CloseYear");
}
