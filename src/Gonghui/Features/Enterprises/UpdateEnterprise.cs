using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Enterprises;

/// <summary><c>PUT /api/v1/enterprises/{id}</c> with the <c>version</c> read.</summary>
public sealed class UpdateEnterprise(GonghuiDbContext db, EnterpriseInputValidator validator, EnterpriseAccess access, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<EnterpriseDto>> HandleAsync(long id, EnterpriseInput input, CancellationToken ct)
    {
        var (enterprise, writable) = await access.FindForWriteAsync(id, ct);
        if (enterprise is null)
        {
            return Outcome.NotFound;
        }

        if (!writable)
        {
            return Outcome.Forbidden;
        }

        if (input.Version is not long version)
        {
            return Outcome.Invalid("version", t["Field.VersionRequired"]);
        }

        var (errors, creditCode, forbidden) = await validator.ValidateAsync(input, id, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        EnterpriseInputValidator.Apply(enterprise, input, creditCode);
        if (!await db.TrySaveAsync(enterprise, version, ct))
        {
            return Outcome.Stale;
        }

        return await db.Enterprises.AsNoTracking().IgnoreQueryFilters().Where(e => e.Id == id).ToDto().FirstAsync(ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, EnterpriseInput input, UpdateEnterprise h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateEnterprise");
}
