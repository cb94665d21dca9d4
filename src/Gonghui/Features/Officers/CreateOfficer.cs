using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Officers;

/// <summary><c>POST /api/v1/officers</c>: an officer of an industrial union the actor keeps.</summary>
public sealed class CreateOfficer(GonghuiDbContext db, OfficerInputValidator validator)
{
    public async Task<Outcome<OfficerDto>> HandleAsync(OfficerInput input, CancellationToken ct)
    {
        var (errors, forbidden) = await validator.ValidateAsync(input, ct);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        if (forbidden)
        {
            return Outcome.Forbidden;
        }

        var officer = new Officer();
        OfficerInputValidator.Apply(officer, input);
        db.Officers.Add(officer);
        await db.SaveChangesAsync(ct);
        return await GetOfficer.ReadAsync(db, officer.Id, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (OfficerInput input, CreateOfficer h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, o => TypedResults.Created($"/api/v1/officers/{o.Id}", o)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateOfficer");
}
