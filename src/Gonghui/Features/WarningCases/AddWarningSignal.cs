using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.WarningCases;

/// <summary><c>POST /api/v1/warning-cases/{id}/signals</c> <c>{signal, version}</c>: a further signal feeds an open case and may raise its level.</summary>
public sealed class AddWarningSignal(GonghuiDbContext db, WarningCaseReader reader, DistrictSettings district, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(SignalInput? Signal, long? Version);

    public async Task<Outcome<WarningCaseDto>> HandleAsync(long id, Request request, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var signal = request.Signal is null ? null : await request.Signal.CheckAsync(db, district.Get<WarningSettings>(), t, e, "signal.", ct);
        if (request.Signal is null)
        {
            e.Add("signal", t["Warning.SignalRequired"]);
        }

        return await reader.StepAsync(id, request.Version, c =>
        {
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            reader.Feed(c, signal!);
            return null;
        }, ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/signals", async (long id, Request request, AddWarningSignal h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("AddWarningSignal");
}
