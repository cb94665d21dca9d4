using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.InfoReports;

public sealed record InfoReportStepDto(InfoReportAction Action, string UnionName, DateTime At, string ByName, string? Comment);

public sealed record InfoReportDto(long Id, long UnionId, string UnionName, long ToUnionId, string ToUnionName, string Title, InfoCategory Category, string Body,
    DateTime SubmittedAt, InfoReportStatus Status, IReadOnlyList<InfoReportStepDto> Trail, bool MayReview, IReadOnlyList<DocumentDto> Documents, long Version);

/// <summary>Reads and finds reports for the module's use cases.</summary>
public sealed class InfoReportReader(GonghuiDbContext db, CurrentActor actor, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public async Task<InfoReportDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = ignoreScope ? db.Set<InfoReport>().IgnoreQueryFilters() : db.Set<InfoReport>();
        var r = await query.AsNoTracking().Include(x => x.Trail).Where(x => x.Id == id)
            .Select(x => new { Report = x, From = x.Union!.Name }).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }

        var ids = r.Report.Trail.Select(s => s.UnionId).Append(r.Report.ToUnionId).Distinct().ToList();
        var unions = await db.Unions.IgnoreQueryFilters().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.Name, u.Path }, ct);
        var names = unions.ToDictionary(u => u.Key, u => u.Value.Name);
        var x = r.Report;
        var to = unions[x.ToUnionId];
        return new InfoReportDto(x.Id, x.UnionId, r.From, x.ToUnionId, to.Name, x.Title, x.Category, x.Body, x.SubmittedAt, x.Status,
            x.Trail.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new InfoReportStepDto(s.Action, names.GetValueOrDefault(s.UnionId, ""), s.At, s.ByName, s.Comment)).ToList(),
            x.Status == InfoReportStatus.Submitted && MayReview(to.Path), await RecordDocuments.ListAsync(db, InfoReportDocuments.Owner, x.Id, ct), x.Version);
    }

    /// <summary>The receiving union's staff (or the district's) review; the sender never reviews its own report.</summary>
    private bool MayReview(string toPath) => actor.CanWriteRegistryUnder(toPath);

    /// <summary>A report waiting with a union the actor keeps, for adopting, returning or forwarding.</summary>
    public async Task<Outcome<InfoReport>> FindForReviewAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<InfoReport>().IgnoreQueryFilters().Include(r => r.Trail).Where(r => r.Id == id)
            .Select(r => new { Report = r, ToPath = db.Set<Union>().First(u => u.Id == r.ToUnionId).Path }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Outcome.NotFound;
        }

        if (!MayReview(found.ToPath))
        {
            return Outcome.Forbidden;
        }

        return found.Report.Status == InfoReportStatus.Submitted ? found.Report : Outcome.Conflict(t["Info.AlreadyReviewed", t[$"InfoReportStatus.{found.Report.Status}"]]);
    }

    /// <summary>A review step: records who acted for which union, and when.</summary>
    public Task<Outcome<InfoReportDto>> ReviewAsync(long id, long? version, Func<InfoReport, InfoReportStep, Outcome?> step, CancellationToken ct) =>
        Steps.RunAsync(db, id, version, FindForReviewAsync, r =>
        {
            var entry = new InfoReportStep { UnionId = r.ToUnionId, At = clock.GetUtcNow().UtcDateTime, ByName = actor.UserName ?? "" };
            var refused = step(r, entry);
            if (refused is null)
            {
                r.Trail.Add(entry);
            }

            return Task.FromResult(refused);
        }, async (x, c) => (await ReadAsync(x, c, ignoreScope: true))!, ct);

    public string Comment(string? comment, ValidationErrors e, bool required) =>
        (required ? e.Required(t, "comment", comment, 1000, "Info.CommentRequired") : e.Optional(t, "comment", comment, 1000)) ?? "";
}
