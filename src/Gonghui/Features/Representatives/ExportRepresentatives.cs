using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/representatives/export?termId=&amp;unionId=&amp;serving=&amp;q=&amp;format=xlsx|csv</c>: the list's representatives; audited.</summary>
public sealed class ExportRepresentatives(ListRepresentatives list, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, long? termId, long? unionId, bool? serving, string? format, CancellationToken ct) =>
        export.WriteAsync(nameof(Representative), "representatives", page => list.HandleAsync(page, termId, unionId, serving, ct), query, x => new Dictionary<string, object?>
        {
            [t["Workforce.Union"]] = x.UnionName,
            [t["Congress.Term"]] = t["Representative.TermText", x.TermNumber].Value,
            [t["Representative.Member"]] = x.MemberName,
            [t["Member.Gender"]] = t[$"Gender.{x.Gender}"].Value,
            [t["Representative.MemberUnion"]] = x.MemberUnionName,
            [t["Representative.Constituency"]] = x.Constituency,
            [t["Representative.ConstituencyKind"]] = t[$"ConstituencyKind.{x.ConstituencyKind}"].Value,
            [t["Representative.ElectedOn"]] = ListExport.Day(x.ElectedOn),
            [t["Representative.FrontLine"]] = x.FrontLine ? t["Common.Yes"].Value : t["Common.No"].Value,
            [t["Representative.Officer"]] = x.Officer ? t["Common.Yes"].Value : t["Common.No"].Value,
            [t["Representative.Status"]] = x.EndKind is { } end ? t[$"RepresentativeEnd.{end}"].Value : t["Representative.Serving"].Value,
            [t["Representative.EndedOn"]] = x.EndedOn is { } ended ? ListExport.Day(ended) : "",
            [t["Representative.EndReason"]] = x.EndReason,
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportRepresentatives h, string? q, string? sort, long? termId, long? unionId, bool? serving, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, sort), termId, unionId, serving, format, ct))
            .WithName("ExportRepresentatives");
}
