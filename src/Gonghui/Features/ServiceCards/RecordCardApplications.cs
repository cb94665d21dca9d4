using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.ServiceCards;

/// <summary>
/// <c>POST /api/v1/service-cards/applications</c> (<c>underUnionId</c>, <c>appliedOn</c>, <c>branch</c>): every member
/// of the union and those under it without a card is recorded as applied for on the day, in one transaction (the list
/// sent to the bank); a cancelled card is applied for again. Answers how many.
/// </summary>
public sealed class RecordCardApplications(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(long? UnderUnionId, DateOnly? AppliedOn, [property: System.ComponentModel.DataAnnotations.MaxLength(100)] string? Branch);

    public sealed record Result(int Applied);

    /// <summary>A list sent to the bank is counted in thousands; a larger one is refused, not half written.</summary>
    public const int MaxMembers = 50_000;

    public async Task<Outcome<Result>> HandleAsync(Request request, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var path = request.UnderUnionId is long under ? await db.Unions.IgnoreQueryFilters().Where(u => u.Id == under).Select(u => u.Path).FirstOrDefaultAsync(ct) : null;
        if (path is null)
        {
            e.Add("underUnionId", t["ServiceCard.UnionRequired"]);
        }
        else if (!actor.CanWriteRegistryUnder(path))
        {
            return Outcome.Forbidden;
        }

        var branch = ServiceCardReader.CheckApplication(e, t, request.AppliedOn, request.Branch);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var members = await CardApplications.Members(db, request.UnderUnionId, pending: false).Select(m => m.Id).Take(MaxMembers + 1).ToListAsync(ct);
        if (members.Count > MaxMembers)
        {
            return Outcome.Invalid("underUnionId", t["ServiceCard.TooManyApplications", MaxMembers]);
        }

        var cancelled = await db.Set<ServiceCard>().IgnoreQueryFilters().Where(c => members.Contains(c.MemberId)).ToDictionaryAsync(c => c.MemberId, ct);
        foreach (var id in members)
        {
            if (!cancelled.TryGetValue(id, out var card))
            {
                card = new ServiceCard { MemberId = id };
                db.Add(card);
            }

            card.Apply(request.AppliedOn!.Value, branch);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Result(members.Count);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/applications", async (Request request, RecordCardApplications h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordCardApplications");
}
