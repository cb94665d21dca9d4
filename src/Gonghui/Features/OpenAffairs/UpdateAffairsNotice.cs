using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.OpenAffairs;

/// <summary><c>PUT /api/v1/affairs-notices/{id}</c>: corrects an item with the version read; its union stays.</summary>
public sealed class UpdateAffairsNotice(GonghuiDbContext db, AffairsNoticeReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<AffairsNoticeDto>> HandleAsync(long id, AffairsNoticeInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, notice =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return Task.FromResult<Outcome?>(reader.CheckAndApply(input, notice, e) && !e.Any ? null : Outcome.Invalid(e));
        }, async (x, c) => (await reader.ReadAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, AffairsNoticeInput input, UpdateAffairsNotice h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateAffairsNotice");
}
