using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DemocraticManagement;

/// <summary>
/// <c>GET /api/v1/democratic-management?year=</c> (R6): per industry, of the enterprises a union covers, how many held a
/// workers' congress in the year (and a quorate one), published factory affairs, and have an employee director and an
/// employee supervisor in office, with the rates.
/// </summary>
public sealed class GetDemocraticManagement(GonghuiDbContext db, IStringLocalizer<SharedResource> t)
{
    public sealed record Group(string Key, string Label, int Enterprises, int Congress, int QuorateCongress, int FactoryAffairs, int Directors, int Supervisors,
        double? CongressRate, double? FactoryAffairsRate, double? DirectorRate, double? SupervisorRate);

    public sealed record Result(int Year, IReadOnlyList<Group> Groups, Group Total);

    public async Task<Result> HandleAsync(int year, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.UnionId != null)
            .Select(e => new
            {
                e.IndustrySection,
                Congress = db.Set<WorkersCongress>().Any(c => c.EnterpriseId == e.Id && c.HeldOn >= first && c.HeldOn <= last),
                Quorate = db.Set<WorkersCongress>().Any(c => c.EnterpriseId == e.Id && c.HeldOn >= first && c.HeldOn <= last && c.Present * 3 >= c.Entitled * 2),
                Affairs = db.Set<FactoryAffairsItem>().Any(f => f.EnterpriseId == e.Id && f.PublishedOn >= first && f.PublishedOn <= last),
                Director = db.Set<EmployeeSeat>().Any(s => s.EnterpriseId == e.Id && s.Kind == SeatKind.EmployeeDirector && s.TermStartOn <= last && (s.TermEndOn == null || s.TermEndOn >= first)),
                Supervisor = db.Set<EmployeeSeat>().Any(s => s.EnterpriseId == e.Id && s.Kind == SeatKind.EmployeeSupervisor && s.TermStartOn <= last && (s.TermEndOn == null || s.TermEndOn >= first)),
            })
            .ToListAsync(ct);

        Group Make(string key, string label, IReadOnlyCollection<(bool Congress, bool Quorate, bool Affairs, bool Director, bool Supervisor)> rows)
        {
            double? Rate(int n) => rows.Count == 0 ? null : Math.Round((double)n / rows.Count, 4);
            var (c, q, a, d, s) = (rows.Count(r => r.Congress), rows.Count(r => r.Quorate), rows.Count(r => r.Affairs), rows.Count(r => r.Director), rows.Count(r => r.Supervisor));
            return new Group(key, label, rows.Count, c, q, a, d, s, Rate(c), Rate(a), Rate(d), Rate(s));
        }

        var groups = enterprises.GroupBy(e => e.IndustrySection).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Make(g.Key, $"{g.Key} {t[$"IndustrySection.{g.Key}"]}", g.Select(e => (e.Congress, e.Quorate, e.Affairs, e.Director, e.Supervisor)).ToList()))
            .ToList();
        var total = Make("", t["Coverage.Total"], enterprises.Select(e => (e.Congress, e.Quorate, e.Affairs, e.Director, e.Supervisor)).ToList());
        return new Result(year, groups, total);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/democratic-management", async (GetDemocraticManagement h, Problems p, IStringLocalizer<SharedResource> t, int? year, CancellationToken ct) =>
                (year ?? LocalizationSetup.Today.Year) is var y and >= 2000 and <= 2100
                    ? Results.Ok(await h.HandleAsync(y, ct))
                    : ((Outcome<Result>)Outcome.Invalid("year", t["Democracy.YearInvalid"])).ToHttp(p, Results.Ok))
            .WithTags("DemocraticManagement")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("GetDemocraticManagement");
}
