using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.InfoReports;

/// <summary>
/// <c>GET /api/v1/info-reports?box=received|sent&amp;status=&amp;category=&amp;year=&amp;q=</c>: reports in the actor's scope;
/// <c>received</c> those waiting with (or answered by) the actor's union, <c>sent</c> those its own union sent.
/// </summary>
public sealed class ListInfoReports(GonghuiDbContext db, CurrentActor actor)
{
    public sealed record Row(long Id, long UnionId, string UnionName, long ToUnionId, string ToUnionName, string Title, InfoCategory Category, DateTime SubmittedAt, InfoReportStatus Status);

    public async Task<PagedResult<Row>> HandleAsync(PageQuery page, string? box, InfoReportStatus? status, InfoCategory? category, int? year, CancellationToken ct)
    {
        var query = db.Set<InfoReport>().AsNoTracking();
        // District staff belong to no union: theirs is the district's, the top of the tree.
        var mine = actor.UnionId ?? (box is "received" or "sent" && actor.SeesAllUnions
            ? await db.Unions.Where(u => u.ParentId == null).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct)
            : null);
        if (box == "received" && mine is long receiver)
        {
            query = query.Where(r => r.ToUnionId == receiver || r.Trail.Any(s => s.UnionId == receiver && s.Action != InfoReportAction.Submitted));
        }
        else if (box == "sent" && mine is long sender)
        {
            query = query.Where(r => r.UnionId == sender);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (category is { } c)
        {
            query = query.Where(r => r.Category == c);
        }

        if (year is int y)
        {
            var (from, to) = (new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8), new DateTime(y + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8));
            query = query.Where(r => r.SubmittedAt >= from && r.SubmittedAt < to);
        }

        if (page.Search is { } q)
        {
            query = query.Where(r => r.Title.Contains(q));
        }

        query = page.Descending || page.SortField is null ? query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id) : query.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id);
        var rows = await page.ApplyAsync(query.Select(r => new Row(r.Id, r.UnionId, r.Union!.Name, r.ToUnionId, "", r.Title, r.Category, r.SubmittedAt, r.Status)), ct);
        // The receiving unions are above the sender, often outside the actor's scope: named here, not joined.
        var ids = rows.Items.Select(r => r.ToUnionId).Distinct().ToList();
        var names = await db.Unions.IgnoreQueryFilters().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return rows with { Items = rows.Items.Select(r => r with { ToUnionName = names[r.ToUnionId] }).ToList() };
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListInfoReports h, int? page, int? pageSize, string? q, string? sort, string? box, string? status, string? category, int? year, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), box, EnumText.Parse<InfoReportStatus>(status), EnumText.Parse<InfoCategory>(category), year, ct)))
            .WithName("ListInfoReports");
}
