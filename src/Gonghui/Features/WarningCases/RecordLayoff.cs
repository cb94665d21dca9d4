using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Features.WarningCases.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>POST /api/v1/warning-cases/layoffs</c>: a layoff an enterprise announced. L7 decides: one of 20 or more, or of 10%
/// or more of the workforce, raises a case (or feeds the enterprise's open one) with its notice checked against the 30
/// days; a smaller one is answered with the verdict and nothing is kept.
/// </summary>
public sealed class RecordLayoff(GonghuiDbContext db, CurrentActor actor, EnterpriseAccess enterprises, WarningCaseReader reader, DistrictSettings district,
    TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(long? EnterpriseId, int? LaidOff, int? Workforce, DateOnly? NoticeGivenOn, DateOnly? EffectiveOn, [property: MaxLength(2000)] string? Description);

    public sealed record Result(LayoffVerdict Verdict, WarningCaseDto? Case);

    public async Task<Outcome<Result>> HandleAsync(Request request, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var (enterprise, writable) = request.EnterpriseId is long id ? await enterprises.FindForWriteAsync(id, ct) : (null, false);
        if (enterprise is null)
        {
            e.Add("enterpriseId", t["Bargaining.EnterpriseMissing"]);
        }

        var workforce = request.Workforce ?? enterprise?.Employees;
        if (request.LaidOff is not (> 0 and <= 1_000_000))
        {
            e.Add("laidOff", t["Warning.WorkersInvalid"]);
        }
        else if (workforce is not { } w || w < request.LaidOff)
        {
            e.Add("workforce", t["Warning.WorkforceInvalid"]);
        }

        if (request.NoticeGivenOn is null || request.NoticeGivenOn > LocalizationSetup.Today)
        {
            e.Add("noticeGivenOn", t["Bargaining.DateInvalid"]);
        }

        if (request.EffectiveOn is null || request.EffectiveOn < request.NoticeGivenOn)
        {
            e.Add("effectiveOn", t["Warning.EffectiveBeforeNotice"]);
        }

        var description = e.Optional(t, "description", request.Description, 2000);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!writable)
        {
            return Outcome.Forbidden;
        }

        var verdict = district.Get<WarningSettings>().Layoff(request.LaidOff!.Value, workforce!.Value, request.NoticeGivenOn!.Value, request.EffectiveOn!.Value);
        if (!verdict.RaisesWarning)
        {
            return new Result(verdict, null);
        }

        var signal = new WarningSignal
        {
            Kind = SignalKind.Layoff,
            ObservedOn = request.NoticeGivenOn.Value,
            WorkersInvolved = verdict.Laidoff,
            Description = description ?? t["Warning.LayoffSignal", verdict.Laidoff, verdict.Workforce, verdict.NoticeDays].Value,
            LaidOff = verdict.Laidoff,
            Workforce = verdict.Workforce,
            NoticeGivenOn = request.NoticeGivenOn,
            EffectiveOn = request.EffectiveOn,
            NoticeMet = verdict.NoticeMet,
        };

        var open = await db.Set<WarningCase>().IgnoreQueryFilters().Where(c => c.EnterpriseId == enterprise!.Id && c.Status == WarningCaseStatus.Open)
            .OrderByDescending(c => c.OpenedAt).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        if (open is long caseId)
        {
            var fed = await reader.StepAsync(caseId, null, c =>
            {
                reader.Feed(c, signal);
                return null;
            }, ct);
            return fed.IsOk ? new Result(verdict, fed.Value) : fed.Failed<Result>();
        }

        // An enterprise no union covers yet is the district's: its case is kept at the district.
        var unionId = enterprise!.UnionId ?? await db.Unions.IgnoreQueryFilters().Where(u => u.Kind == UnionKind.District).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct)
            ?? actor.UnionId;
        if (unionId is null)
        {
            return Outcome.Forbidden;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = new WarningCase
        {
            UnionId = unionId.Value,
            EnterpriseId = enterprise.Id,
            Title = t["Warning.LayoffTitle", enterprise.Name],
            OpenedAt = now,
            LevelSince = now,
            Status = WarningCaseStatus.Open,
        };
        reader.Feed(created, signal);
        db.Add(created);
        await db.SaveChangesAsync(ct);
        return new Result(verdict, await reader.ReadAsync(created.Id, ct, ignoreScope: true));
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/layoffs", async (Request request, RecordLayoff h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, r => r.Case is { } c ? TypedResults.Created($"/api/v1/warning-cases/{c.Id}", r) : Results.Ok(r)))
            .Produces(StatusCodes.Status201Created) // a case opened; 200 when the layoff joined one already open
            .Produces(StatusCodes.Status200OK)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordLayoff");
}
