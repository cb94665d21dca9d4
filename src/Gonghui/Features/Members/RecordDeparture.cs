using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Members;

/// <summary><c>POST /api/v1/members/{id}/departures</c>: the member leaves the union (退会, retirement, death); the record stays as history.</summary>
public sealed class RecordDeparture(GonghuiDbContext db, MemberAccess access, PersonalDataProtector protector, IStringLocalizer<SharedResource> t)
{
    public sealed record Request(DateOnly? Date, [property: MaxLength(200)] string? Reason, long? Version);

    public async Task<Outcome<MemberDto>> HandleAsync(long id, Request request, CancellationToken ct)
    {
        var found = await access.FindActiveAsync(id, ct);
        if (!found.IsOk)
        {
            return found.Failed<MemberDto>();
        }

        var member = found.Value!;

        var date = request.Date ?? LocalizationSetup.Today;
        var errors = new ValidationErrors();
        if (date > LocalizationSetup.Today || (member.JoinedOn is { } joined && date < joined))
        {
            errors.Add("date", t["Member.DateInvalid"]);
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add("reason", t["Member.ReasonRequired"]);
        }
        else if (request.Reason.Trim().Length > 200)
        {
            errors.Add("reason", t["Field.TooLong", 200]);
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        member.Status = MemberStatus.Left;
        member.EndedOn = date;
        member.EndReason = request.Reason!.Trim();
        if (!await db.TrySaveAsync(member, request.Version, ct))
        {
            return Outcome.Stale;
        }

        return (await db.Members.AsNoTracking().IgnoreQueryFilters().Where(m => m.Id == id).ToRow().FirstNamedAsync(db, ct)).Open(protector, false);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/{id:long}/departures", async (long id, Request request, RecordDeparture h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(id, request, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordDeparture");
}
