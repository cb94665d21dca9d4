using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Assessment;

/// <summary><c>POST /api/v1/annual-plans</c>: a union's plan for a year with its work items (one plan per union and year).</summary>
public sealed class CreateAnnualPlan(GonghuiDbContext db, AnnualPlanRecords records, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<AnnualPlanDto>> HandleAsync(AnnualPlanInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var path = (await db.CheckUnionAsync(input.UnionId, e, t, ct))?.Path;
        if (input.Year is not int year || year < 2000 || year > LocalizationSetup.Today.Year + 1)
        {
            e.Add("year", t["Compliance.YearInvalid"]);
            return Outcome.Invalid(e);
        }

        var plan = new AnnualPlan { Year = year, Status = AnnualPlanStatus.Draft };
        records.CheckItems(input.Items, year, path is not null && await records.IsIndustrialAsync(input.UnionId!.Value, ct), e, plan);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!records.CanWrite(path!))
        {
            return Outcome.Forbidden;
        }

        if (await db.Set<AnnualPlan>().IgnoreQueryFilters().AnyAsync(p => p.UnionId == input.UnionId && p.Year == year, ct))
        {
            return Outcome.Conflict(t["Plan.Exists", year]);
        }

        plan.UnionId = input.UnionId!.Value;
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return (await records.ReadAsync(plan.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (AnnualPlanInput input, CreateAnnualPlan h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, plan => TypedResults.Created($"/api/v1/annual-plans/{plan.Id}", plan)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateAnnualPlan");
}
