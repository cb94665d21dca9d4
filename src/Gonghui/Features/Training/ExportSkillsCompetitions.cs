using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Training;

/// <summary><c>GET /api/v1/skills-competitions/export?year=&amp;unionId=&amp;q=&amp;format=xlsx|csv</c>: the list's competitions with entrants and awards; audited.</summary>
public sealed class ExportSkillsCompetitions(ListSkillsCompetitions list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, long? unionId, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(SkillsCompetition), "skills-competitions", page => list.HandleAsync(page, year, unionId, ct), query, c => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = c.UnionName,
            [t["Competition.Title"]] = c.Title,
            [t["Training.Occupation"]] = c.Occupation,
            [t["Competition.HeldOn"]] = ListExport.Day(c.HeldOn),
            [t["Competition.Entrants"]] = c.Entrants,
            [t["Competition.Awards"]] = c.Awards,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportSkillsCompetitions h, string? q, string? sort, int? year, long? unionId, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, unionId, format, ct))
            .WithName("ExportSkillsCompetitions");
}
