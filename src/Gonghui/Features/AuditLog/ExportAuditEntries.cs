using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.AuditLog;

/// <summary>
/// <c>GET /api/v1/audit-entries/export?q=&amp;action=&amp;entityType=&amp;unionId=&amp;from=&amp;to=&amp;format=xlsx|csv</c>: the
/// entries the log's filters find, in words (each change as "field: before → after"), with each entry's number to find
/// it again in the chain; the export is itself an entry.
/// </summary>
public sealed class ExportAuditEntries(SearchAuditEntries search, AuditWords words, ListExport export, IStringLocalizer<SharedResource> t)
{
    public Task<IResult> HandleAsync(PageQuery query, SearchAuditEntries.Filter filter, string? format, CancellationToken ct) =>
        export.WriteAsync("AuditEntry", "audit-entries", async page =>
        {
            var found = await search.HandleAsync(page, filter, ct);
            await words.NameRecordsAsync(found.Items, ct);
            return found;
        }, query, e => new Dictionary<string, object?>
        {
            [t["Audit.Number"]] = e.Id,
            [t["Audit.At"]] = e.At.ToLocalText(),
            [t["Audit.Actor"]] = e.ActorName,
            [t["Audit.Ip"]] = e.IpAddress,
            [t["Audit.Action"]] = words.Action(e.Action),
            [t["Audit.Entity"]] = words.Kind(e.EntityType),
            [t["Audit.Record"]] = words.Record(e),
            [t["Audit.Changes"]] = string.Join("；", words.Changes(e).Select(c => words.ChangeText(c))),
        }, format, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/export", (ExportAuditEntries h, string? q, string? action, string? entityType, DateOnly? from, DateOnly? to, long? unionId, string? format, CancellationToken ct) =>
                h.HandleAsync(new PageQuery(null, null, q, null), new SearchAuditEntries.Filter(action, entityType, from, to, unionId), format, ct))
            .WithName("ExportAuditEntries");
}
