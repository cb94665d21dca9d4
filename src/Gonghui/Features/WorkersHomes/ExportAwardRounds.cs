using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>GET /api/v1/award-rounds/export?year=&amp;q=&amp;format=xlsx|csv</c>: the list's rounds with their counts; audited.</summary>
public sealed class ExportAwardRounds(ListAwardRounds list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, int? year, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(AwardRound), "award-rounds", page => list.HandleAsync(page, year, ct), query, x => new Dictionary<string, object?>
        {
            [t["WorkersHome.TitleYear"]] = x.Year,
            [t["AwardRound.Name"]] = x.Name,
            [t["WorkersHome.Title"]] = t[$"HomeTitleLevel.{x.Level}"].Value,
            [t["AwardRound.PassScore"]] = x.PassScore,
            [t["AwardRound.ClosesOn"]] = ListExport.Day(x.NominationsCloseOn),
            [t["AwardRound.Nominations"]] = x.Nominations,
            [t["AwardRound.Scored"]] = x.Scored,
            [t["NominationDecision.Commended"]] = x.Commended,
            [t["NominationDecision.Declined"]] = x.Declined,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportAwardRounds h, string? q, string? sort, int? year, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), year, format, ct))
            .WithName("ExportAwardRounds");
}
