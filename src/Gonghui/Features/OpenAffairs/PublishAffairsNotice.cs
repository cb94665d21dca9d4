using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.OpenAffairs;

/// <summary><c>POST /api/v1/affairs-notices</c>: an item a union published to its members.</summary>
public sealed class PublishAffairsNotice(GonghuiDbContext db, CurrentActor actor, AffairsNoticeReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<AffairsNoticeDto>> HandleAsync(AffairsNoticeInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);
        var notice = new AffairsNotice();
        if (!reader.CheckAndApply(input, notice, e) || union is null)
        {
            return Outcome.Invalid(e);
        }

        if (!actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        notice.UnionId = input.UnionId!.Value;
        db.Add(notice);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(notice.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (AffairsNoticeInput input, PublishAffairsNotice h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/affairs-notices/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("PublishAffairsNotice");
}
