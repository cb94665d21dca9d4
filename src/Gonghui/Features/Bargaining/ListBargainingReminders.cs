using Gonghui.Infrastructure.Rules;
using Gonghui.Infrastructure.Settings;
using Gonghui.Features.Bargaining.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

public enum ReminderKind
{
    /// <summary>L2: a request to bargain awaits its answer.</summary>
    Answer,

    /// <summary>L5: a signed contract awaits filing.</summary>
    Filing,

    /// <summary>L6: a timely objection awaits resolution.</summary>
    Objection,

    /// <summary>L4: a contract nears its end; renewal may be proposed.</summary>
    Expiry,
}

/// <param name="RecordType"><c>negotiation</c> or <c>collective-contract</c>.</param>
/// <param name="MovedFrom">The last day as counted, when it fell on a day off and the deadline moved past it.</param>
public sealed record BargainingReminder(ReminderKind Kind, string Rule, string RecordType, long RecordId, string Title, long UnionId, string UnionName, DateOnly DueOn, bool Overdue,
    DateOnly? MovedFrom = null, DayKind? MovedBecause = null);

/// <summary>
/// <c>GET /api/v1/bargaining-reminders?unionId=</c>: what is due or overdue in the actor's scope — answers to requests,
/// filings, objections, contracts in their renewal window or expiring soon — overdue first, then by date.
/// </summary>
public sealed class ListBargainingReminders(GonghuiDbContext db, DistrictSettings district)
{
    public async Task<PagedResult<BargainingReminder>> HandleAsync(PageQuery page, long? unionId, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var negotiations = db.Set<Negotiation>().AsNoTracking();
        var contracts = db.Set<CollectiveContract>().AsNoTracking().Where(c => c.EndOn >= today);
        if (unionId is long u)
        {
            negotiations = negotiations.Where(n => n.UnionId == u);
            contracts = contracts.Where(c => c.UnionId == u);
        }

        var reminders = new List<BargainingReminder>();
        foreach (var n in await negotiations.Where(n => n.Stage == NegotiationStage.Requested)
                     .Select(n => new { n.Id, n.Title, n.UnionId, UnionName = n.Union!.Name, n.RequestedOn }).ToListAsync(ct))
        {
            var due = AnswerDeadlineRule.Evaluate(n.RequestedOn, null, today, district.Calendar(), district.Get<BargainingSettings>().AnswerDays);
            reminders.Add(new(ReminderKind.Answer, "L2", "negotiation", n.Id, n.Title, n.UnionId, n.UnionName, due.LastDay, due.Flagged, due.MovedFrom, due.MovedBecause));
        }

        // Expiry reminders start at the earlier of the renewal window and the configured notice.
        var noticeFrom = today.AddDays(Math.Max(district.Get<BargainingSettings>().ExpiryReminderDays, 0));
        var renewalFrom = today.AddMonths(district.Get<BargainingSettings>().RenewalMonths);
        var horizon = noticeFrom > renewalFrom ? noticeFrom : renewalFrom;
        foreach (var c in await contracts.Where(c => c.SignedOn != null && (c.FiledOn == null || (c.ObjectionOn != null && c.ObjectionResolvedOn == null && c.EffectiveOn == null) || c.EndOn <= horizon))
                     .Select(c => new { Contract = c, UnionName = c.Union!.Name }).ToListAsync(ct))
        {
            var k = c.Contract;
            if (k.FiledOn is null)
            {
                var due = FilingDeadlineRule.Evaluate(k.SignedOn!.Value, null, today, district.Calendar(), district.Get<BargainingSettings>().FilingDays);
                reminders.Add(new(ReminderKind.Filing, "L5", "collective-contract", k.Id, k.Title, k.UnionId, c.UnionName, due.LastDay, due.Flagged, due.MovedFrom, due.MovedBecause));
            }
            else if (k.ObjectionOn is not null && k.ObjectionResolvedOn is null && k.EffectiveOn is null)
            {
                reminders.Add(new(ReminderKind.Objection, "L6", "collective-contract", k.Id, k.Title, k.UnionId, c.UnionName, k.ObjectionOn.Value, false));
            }

            var term = district.Get<BargainingSettings>().Term(k.StartOn, k.EndOn);
            if (today >= term.RenewalOpensOn || k.EndOn <= noticeFrom)
            {
                reminders.Add(new(ReminderKind.Expiry, "L4", "collective-contract", k.Id, k.Title, k.UnionId, c.UnionName, k.EndOn, false));
            }
        }

        var ordered = reminders.OrderByDescending(r => r.Overdue).ThenBy(r => r.DueOn).ThenBy(r => r.RecordId).ToList();
        return new PagedResult<BargainingReminder>(ordered.Skip((page.PageNumber - 1) * page.Size).Take(page.Size).ToList(), ordered.Count, page.PageNumber, page.Size);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/bargaining-reminders", async (ListBargainingReminders h, int? page, int? pageSize, long? unionId, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, null, null), unionId, ct)))
            .WithTags("Bargaining")
            .RequireAuthorization(Infrastructure.Security.Policies.ReadOrganisation)
            .WithName("ListBargainingReminders");
}
