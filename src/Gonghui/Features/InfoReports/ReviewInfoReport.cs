using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.InfoReports;

/// <summary>
/// The receiving union's answer to a report: <c>POST /api/v1/info-reports/{id}/adoption</c> (adopted, an optional
/// comment), <c>/return</c> (sent back, a comment required) or <c>/forwarding</c> (passed on to the union above, which
/// then answers it).
/// </summary>
public sealed class ReviewInfoReport(GonghuiDbContext db, InfoReportReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request([property: MaxLength(1000)] string? Comment, long? Version);

    public async Task<Outcome<InfoReportDto>> HandleAsync(long id, InfoReportAction action, Request request, CancellationToken ct)
    {
        // Where a forwarded report goes: the parent of the union it waits with now.
        var above = action == InfoReportAction.Forwarded
            ? await db.Set<InfoReport>().IgnoreQueryFilters().Where(r => r.Id == id).Select(r => db.Set<Union>().First(u => u.Id == r.ToUnionId).ParentId).FirstOrDefaultAsync(ct)
            : null;
        return await reader.ReviewAsync(id, request.Version, (report, step) =>
        {
            var e = new ValidationErrors();
            step.Action = action;
            step.Comment = reader.Comment(request.Comment, e, required: action == InfoReportAction.Returned);
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            switch (action)
            {
                case InfoReportAction.Adopted:
                    report.Status = InfoReportStatus.Adopted;
                    break;
                case InfoReportAction.Returned:
                    report.Status = InfoReportStatus.Returned;
                    break;
                default:
                    if (above is not long parent)
                    {
                        return Outcome.Conflict(t["Info.NothingAbove"]);
                    }

                    report.ToUnionId = parent;
                    break;
            }

            return null;
        }, ct);
    }

    public static void Map(RouteGroupBuilder g)
    {
        foreach (var (path, action) in new[] { ("adoption", InfoReportAction.Adopted), ("return", InfoReportAction.Returned), ("forwarding", InfoReportAction.Forwarded) })
        {
            g.MapPost($"/{{id:long}}/{path}", async (long id, Request request, ReviewInfoReport h, Problems p, CancellationToken ct) =>
                    (await h.HandleAsync(id, action, request, ct)).ToHttp(p, TypedResults.Ok))
                .RequireAuthorization(Policies.WriteRegistry)
                .WithName($"InfoReport{action}");
        }
    }
}
