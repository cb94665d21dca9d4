using Gonghui.Features.Members;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.ServiceCards;

/// <summary>
/// <c>POST /api/v1/service-cards</c>: one member's application (an active member of a union in the actor's scope, who
/// holds no card yet; a cancelled card is applied for again on the same record).
/// </summary>
public sealed class ApplyServiceCard(GonghuiDbContext db, CurrentActor actor, ServiceCardReader reader, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<ServiceCardDto>> HandleAsync(ServiceCardApplication input, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var member = input.MemberId is long memberId
            ? await db.Set<Member>().IgnoreQueryFilters().Where(m => m.Id == memberId).Select(m => new { m.Id, m.Status, m.JoinedOn, m.Union!.Path }).FirstOrDefaultAsync(ct)
            : null;
        if (member is null || member.Status != MemberStatus.Active)
        {
            e.Add("memberId", t["ServiceCard.MemberRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(member.Path))
        {
            return Outcome.Forbidden;
        }

        var branch = ServiceCardReader.CheckApplication(e, t, input.AppliedOn, input.Branch);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        var card = await db.Set<ServiceCard>().IgnoreQueryFilters().FirstOrDefaultAsync(c => c.MemberId == member!.Id, ct);
        if (card is { Status: not ServiceCardStatus.Cancelled })
        {
            return Outcome.Conflict(t["ServiceCard.AlreadyHeld", t[$"ServiceCardStatus.{card.Status}"].Value]);
        }

        if (card is null)
        {
            card = new ServiceCard { MemberId = member!.Id };
            db.Add(card);
        }

        card.Apply(input.AppliedOn!.Value, branch);
        await db.SaveChangesAsync(ct);
        return (await reader.ReadAsync(card.Id, ct, ignoreScope: true))!;
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/", async (ServiceCardApplication input, ApplyServiceCard h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, c => TypedResults.Created($"/api/v1/service-cards/{c.Id}", c)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("ApplyServiceCard");
}
