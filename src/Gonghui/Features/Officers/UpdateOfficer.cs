using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Officers;

/// <summary><c>PUT /api/v1/officers/{id}</c> with the <c>version</c> read: corrects the record or ends the post (<c>endOn</c>).</summary>
public sealed class UpdateOfficer(GonghuiDbContext db, OfficerInputValidator validator, OfficerAccess access, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<OfficerDto>> HandleAsync(long id, OfficerInput input, CancellationToken ct)
    {
        var found = await access.FindWritableAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<OfficerDto>();
        }

        var officer = found.Value!;

        if (input.Version is not long version)
        {
            return Outcome.Invalid("version", t["Field.VersionRequired"]);
        }

        var (errors, forbidden) = await validator.ValidateAsync(input, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        OfficerInputValidator.Apply(officer, input);
        return await db.TrySaveAsync(officer, version, ct) ? await GetOfficer.ReadAsync(db, id, ct) : Outcome.Stale;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, OfficerInput input, UpdateOfficer h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateOfficer");
}
