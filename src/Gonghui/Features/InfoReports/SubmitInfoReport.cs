using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.InfoReports;

/// <summary><c>POST /api/v1/info-reports</c>: a union reports up to the union directly above it.</summary>
public sealed class SubmitInfoReport(GonghuiDbContext db, CurrentActor actor, InfoReportReader reader, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(long? UnionId, [property: MaxLength(200)] string? Title, InfoCategory? Category, [property: MaxLength(8000)] string? Body);

    public async Task<Outcome<InfoReportDto>> HandleAsync(Request request, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(request.UnionId, e, t, ct);
        if (union is { ParentId: null })
        {
            e.Add("unionId", t["Info.NothingAbove"]);
        }

        var title = e.Required(t, "title", request.Title, 200, "Common.TitleRequired");
        if (request.Category is not { } category || !Enum.IsDefined(category))
        {
            e.Add("category", t["Info.CategoryRequired"]);
        }

        var body = e.Required(t, "body", request.Body, 8000, "Info.BodyRequired");
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union!.Path))
        {
            return Outcome.Forbidden;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new InfoReport
        {
            UnionId = request.UnionId!.Value,
            ToUnionId = union.ParentId!.Value,
            Title = title!,
            Category = request.Category!.Value,
            Body = body!,
            SubmittedAt = now,
            Status = InfoReportStatus.Submitted,
            Trail = [new InfoReportStep { Action = InfoReportAction.Submitted, UnionId = request.UnionId.Value, At = now, ByName = actor.UserName ?? "" }],
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(report.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (Request request, SubmitInfoReport h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, r => TypedResults.Created($"/api/v1/info-reports/{r.Id}", r)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SubmitInfoReport");
}
