using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Bargaining;

/// <summary><c>POST /api/v1/industry-associations</c>.</summary>
public sealed class CreateIndustryAssociation(GonghuiDbContext db, IndustryAssociationValidator validator)
{
    public async Task<Outcome<IndustryAssociationDto>> HandleAsync(IndustryAssociationInput input, CancellationToken ct)
    {
        var (errors, code, forbidden) = await validator.ValidateAsync(input, null, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        var association = new IndustryAssociation();
        IndustryAssociationValidator.Apply(association, input, code);
        db.Add(association);
        await db.SaveChangesAsync(ct);
        return await IndustryAssociationQueries.ReadAsync(db, association.Id, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (IndustryAssociationInput input, CreateIndustryAssociation h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, a => TypedResults.Created($"/api/v1/industry-associations/{a.Id}", a)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateIndustryAssociation");
}
