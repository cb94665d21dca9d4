using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WorkersHomes;

/// <summary><c>PUT /api/v1/award-rounds/{id}</c>: the district corrects a round, with the version read.</summary>
public sealed class UpdateAwardRound(GonghuiDbContext db, AwardRoundReader reader, IStringLocalizer<SharedResource> t)
{
    public Task<Outcome<AwardRoundDto>> HandleAsync(long id, AwardRoundInput input, CancellationToken ct) =>
        Steps.RunAsync(db, id, input.Version, reader.FindWritableAsync, round =>
        {
            if (input.Version is null)
            {
                return Task.FromResult<Outcome?>(Outcome.Invalid(ValidationErrors.ForStep(null, t)));
            }

            return Task.FromResult(reader.CheckAndApply(input, round));
        }, async (x, c) => (await reader.ReadAsync(x, c))!, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/{id:long}", async (long id, AwardRoundInput input, UpdateAwardRound h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateAwardRound");
}
