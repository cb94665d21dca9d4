using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Members;
using Gonghui.Features.ServiceCards.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.ServiceCards;

/// <summary>A card as the API and the console show it: the number masked (its last four) unless revealed.</summary>
public sealed record ServiceCardDto(long Id, long MemberId, string MemberName, MemberStatus MemberStatus, long UnionId, string UnionName, ServiceCardStatus Status,
    string? CardNumber, bool Revealed, string Branch, DateOnly? AppliedOn, DateOnly? IssuedOn, DateOnly? LostOn, DateOnly? ReplacedOn, DateOnly? CancelledOn,
    string CancelReason, long Version)
{
    public bool InForce => ServiceCardRule.InForce(Status);
}

/// <summary>What is read before the number is opened.</summary>
public sealed record ServiceCardRow(long Id, long MemberId, string MemberName, MemberStatus MemberStatus, long UnionId, string UnionName, ServiceCardStatus Status,
    string? CardNumberCipher, string Branch, DateOnly? AppliedOn, DateOnly? IssuedOn, DateOnly? LostOn, DateOnly? ReplacedOn, DateOnly? CancelledOn, string CancelReason, long Version)
{
    public ServiceCardDto Open(PersonalDataProtector protector, bool reveal)
    {
        var number = CardNumberCipher is null ? null : protector.Decrypt(CardNumberCipher);
        return new(Id, MemberId, MemberName, MemberStatus, UnionId, UnionName, Status, number is null ? null : reveal ? number : ServiceCardRule.Mask(number),
            reveal && number is not null, Branch, AppliedOn, IssuedOn, LostOn, ReplacedOn, CancelledOn, CancelReason, Version);
    }
}

/// <summary>The step bodies: a day, perhaps a number or a branch, perhaps a reason; the version read.</summary>
public sealed record ServiceCardStepInput(DateOnly? Date, [property: MaxLength(32), RegularExpression(@"^[\d \-]{16,32}$")] string? CardNumber, [property: MaxLength(100)] string? Branch,
    [property: MaxLength(200)] string? Reason, long? Version);

/// <summary>A new application: the member and the day, at a branch.</summary>
public sealed record ServiceCardApplication(long? MemberId, DateOnly? AppliedOn, [property: MaxLength(100)] string? Branch);

/// <summary>Reads cards for the API and the console, and finds one for a step.</summary>
public sealed class ServiceCardReader(GonghuiDbContext db, CurrentActor actor, PersonalDataProtector protector, IStringLocalizer<SharedResource> t)
{
    public IQueryable<ServiceCardRow> Rows(IQueryable<ServiceCard> source) =>
        source.Select(c => new ServiceCardRow(c.Id, c.MemberId, c.Member!.Name, c.Member.Status, c.Member.UnionId, c.Member.Union!.Name, c.Status, c.CardNumberCipher,
            c.Branch, c.AppliedOn, c.IssuedOn, c.LostOn, c.ReplacedOn, c.CancelledOn, c.CancelReason, c.Version));

    /// <summary>The cards the actor sees; the district's accounts without the scope's join.</summary>
    public IQueryable<ServiceCard> Visible() => actor.SeesAllUnions ? db.Set<ServiceCard>().IgnoreQueryFilters() : db.Set<ServiceCard>();

    public async Task<ServiceCardDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false) =>
        (await Rows((ignoreScope ? db.Set<ServiceCard>().IgnoreQueryFilters() : Visible()).AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct))?.Open(protector, false);

    /// <summary>The card, or why not: 404 when missing, 403 outside the actor's scope.</summary>
    public async Task<Outcome<ServiceCard>> FindWritableAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<ServiceCard>().IgnoreQueryFilters().Where(c => c.Id == id).Select(c => new { Card = c, c.Member!.Union!.Path }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound : actor.CanWriteRegistryUnder(found.Path) ? found.Card : Outcome.Forbidden;
    }

    /// <summary>An application's day (after 2000, not after today) and branch, as one application or a union's list gives them; the branch, trimmed.</summary>
    public static string CheckApplication(ValidationErrors e, IStringLocalizer t, DateOnly? appliedOn, string? branch)
    {
        if (appliedOn is not { } applied || applied > LocalizationSetup.Today || applied.Year < 2000)
        {
            e.Add("appliedOn", t["ServiceCard.AppliedOnInvalid"]);
        }

        return e.Optional(t, "branch", branch, 100) ?? "";
    }

    /// <summary>
    /// Runs one step of a card's life: refused with 409 when the card's state does not allow it; the day checked against
    /// today and the card's own earlier days, the number (issue, replace) checked and not held by anyone else.
    /// </summary>
    public async Task<Outcome?> ApplyAsync(ServiceCard card, ServiceCardStep step, ServiceCardStepInput input, CancellationToken ct)
    {
        if (!ServiceCardRule.Allows(card.Status, step))
        {
            return Outcome.Conflict(t["ServiceCard.StepNotAllowed", t[$"ServiceCardStatus.{card.Status}"].Value]);
        }

        var e = new ValidationErrors();
        var today = LocalizationSetup.Today;
        var earliest = new[] { card.AppliedOn, card.IssuedOn, card.LostOn, card.ReplacedOn }.Max();
        if (input.Date is not { } date || date > today || (earliest is { } before && date < before))
        {
            e.Add("date", t["ServiceCard.DateInvalid", earliest is { } b ? b.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "—"]);
        }

        string? number = null;
        if (step is ServiceCardStep.Issue or ServiceCardStep.Replace)
        {
            number = ServiceCardRule.CleanNumber(input.CardNumber);
            if (number is null)
            {
                e.Add("cardNumber", t["ServiceCard.NumberInvalid", ServiceCardRule.MinDigits, ServiceCardRule.MaxDigits]);
            }
            else
            {
                var hash = protector.Hash(number);
                if (hash == card.CardNumberHash)
                {
                    e.Add("cardNumber", t["ServiceCard.NumberUnchanged"]);
                }
                else if (await db.Set<ServiceCard>().IgnoreQueryFilters().AnyAsync(c => c.CardNumberHash == hash && c.Id != card.Id, ct))
                {
                    e.Add("cardNumber", t["ServiceCard.NumberTaken"]);
                }
            }
        }
        else
        {
            // A step that takes no number still holds one sent to the field's limit.
            e.Optional(t, "cardNumber", input.CardNumber, 32);
        }

        var branch = e.Optional(t, "branch", input.Branch, 100);
        var reason = e.Optional(t, "reason", input.Reason, 200);
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        var day = input.Date!.Value;
        switch (step)
        {
            case ServiceCardStep.Issue:
                card.Status = ServiceCardStatus.Issued;
                card.IssuedOn = day;
                break;
            case ServiceCardStep.ReportLost:
                card.Status = ServiceCardStatus.ReportedLost;
                card.LostOn = day;
                break;
            case ServiceCardStep.Replace:
                card.Status = ServiceCardStatus.Replaced;
                card.ReplacedOn = day;
                break;
            default:
                card.Status = ServiceCardStatus.Cancelled;
                card.CancelledOn = day;
                card.CancelReason = reason ?? "";
                break;
        }

        if (number is not null)
        {
            card.CardNumberCipher = protector.Encrypt(number);
            card.CardNumberHash = protector.Hash(number);
        }

        if (!string.IsNullOrWhiteSpace(branch))
        {
            card.Branch = branch;
        }

        return null;
    }
}
