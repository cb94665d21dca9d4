using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Organisation;
using Gonghui.Features.Stations;
using Gonghui.Features.WorkersHomes;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R3: the service stations and Workers' Homes under each industrial union (<see cref="FrontlineCompliance"/>).</summary>
public sealed class FrontlineCheck(GonghuiDbContext db, IStringLocalizer<SharedResource> t) : IComplianceCheck
{
    public string Rule => "R3";

    public string Module => "Services";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var (asOf, year) = (context.AsOf, context.Year);
        var stations = await db.Set<ServiceStation>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.OpenedOn <= asOf && (s.ClosedOn == null || s.ClosedOn > asOf))
            .Select(s => new { s.Id, s.Name, s.OpenedOn, s.StationIntegrated, s.Union!.Path, Score = s.Scores.Where(c => c.Year == year).Select(c => new { c.Total, c.ScoredOn }).FirstOrDefault() })
            .ToListAsync(ct);
        var grassroots = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Kind == UnionKind.GrassrootsUnion).Select(u => u.Path).ToListAsync(ct);
        var homes = await db.Set<WorkersHome>().IgnoreQueryFilters().AsNoTracking().Where(h => h.Kind == HomeKind.Home && h.BuiltOn <= asOf)
            .Select(h => new { h.Id, h.UnionId, h.Name, h.BuiltOn, h.HomeIntegrated, h.Union!.Path }).ToListAsync(ct);
        var titles = await db.Set<HomeTitle>().IgnoreQueryFilters().AsNoTracking().Where(i => i.Year <= year && (i.RevokedOn == null || i.RevokedOn > asOf))
            .Select(i => new { i.Id, i.HomeId, i.Level, i.Year, HomeName = i.Home!.Name, i.Home.Union!.Path }).ToListAsync(ct);
        var stationSettings = context.Settings.Get<StationSettings>();
        var homeSettings = context.Settings.Get<WorkersHomeSettings>();
        var targets = new FrontlineTargets(stationSettings.Threshold, stationSettings.StandardisedTarget, stationSettings.IntegratedTarget, homeSettings.BuiltTarget,
            homeSettings.IntegratedTarget, homeSettings.CommendedMinimum);
        return context.Unions.ToDictionary(u => u.Id, u => FrontlineCompliance.Evaluate(
            stations.Where(s => s.Path.StartsWith(u.Path, StringComparison.Ordinal)).Select(s => new StationFacts(s.StationIntegrated, s.Score?.Total,
                new Evidence("service-station", s.Id, s.Score is { } score ? t["Station.Evidence", s.Name, score.Total] : t["Station.EvidenceUnscored", s.Name, year], s.Score?.ScoredOn ?? s.OpenedOn,
                    $"/api/v1/service-stations/{s.Id}", $"/frontline/stations?open={s.Id}"))).ToList(),
            grassroots.Count(p => p.StartsWith(u.Path, StringComparison.Ordinal)),
            homes.Where(h => h.Path.StartsWith(u.Path, StringComparison.Ordinal)).Select(h => new HomeFacts(h.UnionId, h.HomeIntegrated,
                new Evidence("workers-home", h.Id, h.Name, h.BuiltOn, $"/api/v1/workers-homes/{h.Id}", $"/frontline/workers-homes?open={h.Id}"))).ToList(),
            titles.Where(i => i.Path.StartsWith(u.Path, StringComparison.Ordinal)).Select(i => new Evidence("home-title", i.HomeId,
                t["WorkersHome.TitleEvidence", i.HomeName, t["WorkersHome.TitleText", i.Year, t[$"HomeTitleLevel.{i.Level}"].Value].Value], new DateOnly(i.Year, 12, 31),
                $"/api/v1/workers-homes/{i.HomeId}", $"/frontline/workers-homes?open={i.HomeId}", true)).ToList(),
            targets));
    }
}
