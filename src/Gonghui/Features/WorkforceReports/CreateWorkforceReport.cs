using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkforceReports;

/// <summary><c>POST /api/v1/workforce-reports</c>: a union's report for a quarter, saved as a draft until submitted; one per union per quarter.</summary>
public sealed class CreateWorkforceReport(GonghuiDbContext db, CurrentActor actor, WorkforceReportReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<WorkforceReportDto>> HandleAsync(WorkforceReportInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);

        var (figures, narrative) = reader.Check(input, e);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union!.Path))
        {
            return Outcome.Forbidden;
        }

        if (await db.Set<WorkforceReport>().IgnoreQueryFilters().AnyAsync(r => r.UnionId == input.UnionId && r.Year == input.Year && r.Quarter == input.Quarter, ct))
        {
            return Outcome.Conflict(t["Workforce.AlreadyReported", input.Year!.Value, input.Quarter!.Value]);
        }

        var report = new WorkforceReport
        {
            UnionId = input.UnionId!.Value,
            Year = input.Year!.Value,
            Quarter = input.Quarter!.Value,
            Figures = figures!,
            Narrative = narrative!,
            Status = WorkforceReportStatus.Draft,
            RolledUpFrom = Math.Max(0, input.RolledUpFrom ?? 0),
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(report.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (WorkforceReportInput input, CreateWorkforceReport h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, r => TypedResults.Created($"/api/v1/workforce-reports/{r.Id}", r)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateWorkforceReport");
}
