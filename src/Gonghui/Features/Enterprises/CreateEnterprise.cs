using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Enterprises;

/// <summary><c>POST /api/v1/enterprises</c>: union staff add enterprises their unions cover; district staff any.</summary>
public sealed class CreateEnterprise(GonghuiDbContext db, EnterpriseInputValidator validator)
{
    public async Task<Outcome<EnterpriseDto>> HandleAsync(EnterpriseInput input, CancellationToken ct)
    {
        var (errors, creditCode, forbidden) = await validator.ValidateAsync(input, null, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        var enterprise = new Enterprise();
        EnterpriseInputValidator.Apply(enterprise, input, creditCode);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        return await db.Enterprises.AsNoTracking().IgnoreQueryFilters().Where(e => e.Id == enterprise.Id).ToDto().FirstAsync(ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (EnterpriseInput input, CreateEnterprise h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, e => TypedResults.Created($"/api/v1/enterprises/{e.Id}", e)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateEnterprise");
}
