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
        var enterprises = await DemocraticFacts.LoadAsync(db, db.Enterprises, year, ct);

        static Group Make(string key, string label, IReadOnlyCollection<EnterpriseDemocracy> rows)
        {
            var r = DemocracyRates.Of(rows);
            return new Group(key, label, r.Enterprises, r.Congress, r.QuorateCongress, r.FactoryAffairs, r.Directors, r.Supervisors,
                r.CongressRate, r.FactoryAffairsRate, r.DirectorRate, r.SupervisorRate);
        }

        var groups = enterprises.GroupBy(e => e.IndustrySection).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Make(g.Key, $"{g.Key} {t[$"IndustrySection.{g.Key}"]}", g.ToList()))
            .ToList();
        var total = Make("", t["Coverage.Total"], enterprises);
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
