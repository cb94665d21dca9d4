using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary>
/// <c>POST /api/v1/warning-cases</c>: staff open a case with its first signal; the level follows from the signal by the
/// district's rules, and the reporting clock starts at <c>openedAt</c> (when the union learnt of it; default now).
/// </summary>
public sealed class OpenWarningCase(GonghuiDbContext db, CurrentActor actor, EnterpriseAccess enterprises, WarningCaseReader reader, DistrictSettings district,
    TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(long? UnionId, long? EnterpriseId, [property: MaxLength(200)] string? Title, [property: MaxLength(4000)] string? Summary, DateTime? OpenedAt, SignalInput? Signal);

    public async Task<Outcome<WarningCaseDto>> HandleAsync(Request request, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(request.UnionId, e, t, ct);

        if (request.EnterpriseId is long enterpriseId && (await enterprises.FindForWriteAsync(enterpriseId, ct)).Enterprise is null)
        {
            e.Add("enterpriseId", t["Bargaining.EnterpriseMissing"]);
        }

        var title = e.Required(t, "title", request.Title, 200, "Bargaining.TitleRequired");
        var summary = e.Optional(t, "summary", request.Summary, 4000) ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        var openedAt = request.OpenedAt?.ToUniversalTime() ?? now;
        if (openedAt > now.AddMinutes(5) || openedAt < now.AddYears(-5))
        {
            e.Add("openedAt", t["Bargaining.DateInvalid"]);
        }

        WarningSignal? signal = null;
        if (request.Signal is null)
        {
            e.Add("signal", t["Warning.SignalRequired"]);
        }
        else
        {
            signal = await request.Signal.CheckAsync(db, district.Get<WarningSettings>(), t, e, "signal.", ct);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union!.Path))
        {
            return Outcome.Forbidden;
        }

        var c = new WarningCase
        {
            UnionId = request.UnionId!.Value,
            EnterpriseId = request.EnterpriseId,
            Title = title!,
            Summary = summary,
            OpenedAt = openedAt,
            LevelSince = openedAt,
            Status = WarningCaseStatus.Open,
        };
        reader.Feed(c, signal!);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(c.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (Request request, OpenWarningCase h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, c => TypedResults.Created($"/api/v1/warning-cases/{c.Id}", c)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("OpenWarningCase");
}
