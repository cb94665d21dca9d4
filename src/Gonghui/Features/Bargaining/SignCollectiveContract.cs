using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Bargaining;

/// <summary>
/// <c>POST /api/v1/collective-contracts/{id}/signing</c>: both chief representatives sign. A contract drafted at the table
/// is signed only after the vote passed (L3), and its negotiation is then concluded; L5's filing period starts.
/// </summary>
public sealed class SignCollectiveContract(GonghuiDbContext db, ContractReader reader, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? SignedOn, [property: MaxLength(50)] string? UnionChief, [property: MaxLength(50)] string? EmployerChief, long? Version);

    public Task<Outcome<CollectiveContractDto>> HandleAsync(long id, Request request, CancellationToken ct) =>
        reader.StepAsync(id, request.Version, async c =>
        {
            if (c.SignedOn is not null)
            {
                return Outcome.Conflict(t["Bargaining.AlreadySigned"]);
            }

            var negotiation = await db.Set<Negotiation>().IgnoreQueryFilters().FirstOrDefaultAsync(n => n.ContractId == id, ct);
            var e = new ValidationErrors();
            if (request.SignedOn is not { } on || on > LocalizationSetup.Today || on < negotiation?.VotedOn)
            {
                e.Add("signedOn", t["Bargaining.DateInvalid"]);
            }

            var unionChief = e.Required(t, "unionChief", request.UnionChief, 50, "Bargaining.ChiefRequired");
            var employerChief = e.Required(t, "employerChief", request.EmployerChief, 50, "Bargaining.ChiefRequired");
            if (e.Any)
            {
                return Outcome.Invalid(e);
            }

            if (negotiation is { Stage: not NegotiationStage.Approved })
            {
                return Outcome.RuleBroken("L3", t["Bargaining.NotApproved"]);
            }

            c.SignedOn = request.SignedOn;
            c.UnionChief = unionChief;
            c.EmployerChief = employerChief;
            if (negotiation is not null)
            {
                negotiation.Stage = NegotiationStage.Concluded;
                negotiation.ClosedOn = request.SignedOn;
            }

            return null;
        }, ct);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/signing", async (long id, Request request, SignCollectiveContract h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("SignCollectiveContract");
}
