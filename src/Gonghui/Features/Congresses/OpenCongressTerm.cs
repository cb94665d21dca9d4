using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>POST /api/v1/congress-terms</c>: a new term of a union's assembly or congress.</summary>
public sealed class OpenCongressTerm(GonghuiDbContext db, CurrentActor actor, CongressReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<TermDto>> HandleAsync(TermInput input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var union = await db.CheckUnionAsync(input.UnionId, e, t, ct);
        if (union is not null && !actor.CanWriteRegistryUnder(union.Path))
        {
            return Outcome.Forbidden;
        }

        var term = new CongressTerm();
        if (!await reader.CheckAndApplyAsync(input, term, input.UnionId ?? 0, e, ct) || union is null)
        {
            return Outcome.Invalid(e);
        }

        db.Add(term);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadTermAsync(term.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (TermInput input, OpenCongressTerm h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/congress-terms/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("OpenCongressTerm");
}
