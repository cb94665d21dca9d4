using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>GET /api/v1/warning-cases?q=&amp;level=&amp;status=&amp;unionId=&amp;enterpriseId=&amp;overdue=true</c>: cases in the
/// actor's scope, those with reporting overdue first, then the most severe, then the newest.
/// </summary>
public sealed class ListWarningCases(GonghuiDbContext db, WarningCaseReader reader)
{
    public sealed record Row(long Id, long UnionId, string UnionName, long? EnterpriseId, string? EnterpriseName, string Title, WarningLevel Level,
        int WorkersInvolved, DateTime OpenedAt, WarningCaseStatus Status, IReadOnlyList<ReportingDto> Reporting, bool ReportingOverdue);

    public async Task<PagedResult<Row>> HandleAsync(PageQuery page, WarningLevel? level, WarningCaseStatus? status, long? unionId, long? enterpriseId, bool overdueOnly, CancellationToken ct)
    {
        var query = db.Set<WarningCase>().AsNoTracking();
        if (page.Search is { } q)
        {
            query = query.Where(c => c.Title.Contains(q) || (c.Enterprise != null && c.Enterprise.Name.Contains(q)));
        }

        if (level is { } l)
        {
            query = query.Where(c => c.Level == l);
        }

        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        if (unionId is long u)
        {
            query = query.Where(c => c.UnionId == u);
        }

        if (enterpriseId is long e)
        {
            query = query.Where(c => c.EnterpriseId == e);
        }

        var overdue = reader.ReportingOverdue();
        if (overdueOnly)
        {
            query = query.Where(overdue);
        }

        var ordered = query.OrderByDescending(overdue).ThenBy(c => c.Status).ThenBy(c => c.Level).ThenByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id);
        var rows = await page.ApplyAsync(ordered.Select(c => new
        {
            Case = new WarningCase
            {
                Id = c.Id, UnionId = c.UnionId, EnterpriseId = c.EnterpriseId, Title = c.Title, Level = c.Level, WorkersInvolved = c.WorkersInvolved,
                OpenedAt = c.OpenedAt, LevelSince = c.LevelSince, Status = c.Status,
                Reports = c.Reports.Select(r => new WarningReport { Recipient = r.Recipient, ReportedAt = r.ReportedAt }).ToList(),
                LevelChanges = c.LevelChanges.Select(l => new WarningLevelChange { At = l.At, From = l.From, To = l.To }).ToList(),
            },
            UnionName = c.Union!.Name,
            EnterpriseName = c.Enterprise != null ? c.Enterprise.Name : null,
        }), ct);
        return new PagedResult<Row>(rows.Items.Select(x =>
        {
            var c = x.Case;
            var reporting = reader.Reporting(c);
            return new Row(c.Id, c.UnionId, x.UnionName, c.EnterpriseId, x.EnterpriseName, c.Title, c.Level, c.WorkersInvolved, c.OpenedAt, c.Status,
                reporting, c.Status == WarningCaseStatus.Open && reporting.Any(r => r.Overdue && r.ReportedAt is null));
        }).ToList(), rows.Total, rows.Page, rows.PageSize);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListWarningCases h, int? page, int? pageSize, string? q, string? sort, string? level, string? status, long? unionId, long? enterpriseId, bool? overdue, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), Enum.TryParse<WarningLevel>(level, true, out var l) ? l : null,
                    EnumText.Parse<WarningCaseStatus>(status), unionId, enterpriseId, overdue == true, ct)))
            .WithName("ListWarningCases");
}
