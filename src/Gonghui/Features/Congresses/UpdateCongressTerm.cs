using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Congresses;

/// <summary><c>PUT /api/v1/congress-terms/{id}</c>: corrects a term with the version read; its union stays.</summary>
public sealed class UpdateCongressTerm(GonghuiDbContext db, CongressReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<TermDto>> HandleAsync(long id, TermInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableTermAsync, async term =>
        {
            var e = new ValidationErrors();
            if (input.Version is null)
            {
                e.Add("version", t["Field.VersionRequired"]);
            }

            return await reader.CheckAndApplyAsync(input, term, term.UnionId, e, ct) && !e.Any ? null : Outcome.Invalid(e);
        }, async (x, c) => (await reader.ReadTermAsync(x, c, ignoreScope: true))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, TermInput input, UpdateCongressTerm h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateCongressTerm");
}
