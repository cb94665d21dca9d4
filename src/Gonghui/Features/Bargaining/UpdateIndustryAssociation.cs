using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary><c>PUT /api/v1/industry-associations/{id}</c> with the <c>version</c> read.</summary>
public sealed class UpdateIndustryAssociation(GonghuiDbContext db, CurrentActor actor, IndustryAssociationValidator validator, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<IndustryAssociationDto>> HandleAsync(long id, IndustryAssociationInput input, CancellationToken ct)
    {
        var found = await IndustryAssociationQueries.FindWritableAsync(db, actor, id, ct);
        if (!found.IsOk)
        {
            return found.Failed<IndustryAssociationDto>();
        }

        if (input.Version is not long version)
        {
            return Outcome.Invalid("version", t["Field.VersionRequired"]);
        }

        var (errors, code, forbidden) = await validator.ValidateAsync(input, id, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        IndustryAssociationValidator.Apply(found.Value!, input, code);
        return await db.TrySaveAsync(found.Value!, version, ct) ? await IndustryAssociationQueries.ReadAsync(db, id, ct) : Outcome.Stale;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, IndustryAssociationInput input, UpdateIndustryAssociation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateIndustryAssociation");
}
