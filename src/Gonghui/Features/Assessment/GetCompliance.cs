using Gonghui.Features.Assessment.Checks;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

public sealed record ComplianceRule(string Id, string Title, string Module);

public sealed record ComplianceUnion(long Id, string Code, string Name, IndustrySector? Sector);

/// <summary>One union on one rule, in the shape of api-conventions.md, with the parameters the verdict used.</summary>
public sealed record ComplianceItem(long UnionId, string Rule, ComplianceStatus Status, decimal? Value, decimal? Threshold, IReadOnlyList<Evidence> Evidence,
    IReadOnlyDictionary<string, string> Parameters, string? Reason, IReadOnlyList<RuleFigure>? Figures, bool IsRate);

/// <param name="AsOf">The day the figures stand on: the year's last day, or today while the year runs.</param>
/// <param name="ClosedAt">When the district closed the year: its registry figures and parameters are those kept then.</param>
/// <param name="RegistryIsToday">A past year still open: its registry figures (members, employees, enterprises) are today's.</param>
public sealed record ComplianceResult(int Year, DateOnly AsOf, IReadOnlyList<ComplianceRule> Rules, IReadOnlyList<ComplianceUnion> Unions, IReadOnlyList<ComplianceItem> Items,
    DateTime? ClosedAt, bool RegistryIsToday)
{
    /// <summary>The rules the records measure: those for which every union still awaits the module that keeps them are left out.</summary>
    public IReadOnlyList<ComplianceRule> Measured() =>
        Rules.Where(rule => Items.Any(i => i.Rule == rule.Id && !(i.Reason?.StartsWith("module:", StringComparison.Ordinal) ?? false))).ToList();
}

/// <summary>
/// <c>GET /api/v1/compliance?year=&amp;unionId=</c> (R16): every industrial union in the actor's scope against every rule the
/// product measures, computed from the records at the time of asking, never stored or typed in. Each check reads its
/// facts for all unions at once; the district settings are read once for the whole answer. A closed year is computed
/// with the parameters and registry figures kept at its close (<see cref="KeptYear"/>), its dated records read as ever.
/// </summary>
public sealed class GetCompliance(GonghuiDbContext db, IEnumerable<IComplianceCheck> checks, DistrictSettings settings, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    private readonly IReadOnlyList<IComplianceCheck> ordered = checks.OrderBy(c => int.Parse(c.Rule.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public async Task<Outcome<ComplianceResult>> HandleAsync(int year, long? unionId, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        if (year < 2000 || year > today.Year)
        {
            return Outcome.Invalid("year", t["Compliance.YearInvalid"]);
        }

        var query = db.Unions.AsNoTracking();
        if (unionId is long id)
        {
            var kind = await query.Where(u => u.Id == id).Select(u => (UnionKind?)u.Kind).FirstOrDefaultAsync(ct);
            if (kind is null)
            {
                return Outcome.NotFound;
            }

            if (kind != UnionKind.IndustrialUnion)
            {
                return Outcome.Invalid("unionId", t["Compliance.NotIndustrial"]);
            }

            query = query.Where(u => u.Id == id);
        }

        var unions = await query.Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code)
            .Select(u => new AssessedUnion(u.Id, u.Code, u.Name, u.Path, u.Sector)).ToListAsync(ct);
        var asOf = year < today.Year ? new DateOnly(year, 12, 31) : today;
        var kept = await KeptYear.LoadAsync(db, year, ordered.OfType<IRegistryCheck>().Select(c => c.Rule).ToList(), ct);
        var context = new ComplianceContext(year, asOf, today, clock.GetUtcNow().UtcDateTime, unions, kept is null ? settings : settings.Kept(kept.Settings), kept);
        var items = new List<ComplianceItem>();
        foreach (var check in ordered)
        {
            var verdicts = await check.EvaluateAsync(context, ct);
            items.AddRange(unions.Select(u => verdicts[u.Id]).Select((v, i) => new ComplianceItem(unions[i].Id, v.Rule, v.Status, v.Value, v.Threshold, v.Evidence, v.Parameters, v.Reason, v.Figures, v.IsRate)));
        }

        return new ComplianceResult(year, asOf, ordered.Select(c => new ComplianceRule(c.Rule, t[$"Rule.{c.Rule}"], c.Module)).ToList(),
            unions.Select(u => new ComplianceUnion(u.Id, u.Code, u.Name, u.Sector)).ToList(), items, kept?.ClosedAt, kept is null && year < today.Year);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (GetCompliance h, Problems p, int? year, long? unionId, CancellationToken ct) =>
                (await h.HandleAsync(year ?? LocalizationSetup.Today.Year, unionId, ct)).ToHttp(p, TypedResults.Ok))
            .WithName("GetCompliance");
}
