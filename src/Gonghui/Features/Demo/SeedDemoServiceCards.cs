using System.Globalization;
using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Features.ServiceCards;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: Jing Cards issued at a different rate in each industrial union (the
/// high-technology union over the district's target, the manufacturing union well under it), applications waiting for the
/// bank, a card reported lost, one replaced, one cancelled, and a member who left still holding one (on the list to
/// cancel). Numbers are synthetic (621483…), sealed like any other. At most <see cref="MaxCards"/> cards, so a large
/// demo roster stays quick to seed.
/// </summary>
public sealed class SeedDemoServiceCards(GonghuiDbContext db, PersonalDataProtector protector)
{
    public const int MaxCards = 40_000;

    /// <summary>Each industrial union's share of members with a card in force, and of those with an application pending.</summary>
    private static readonly Dictionary<string, (decimal Issued, decimal Applied)> Rates = new()
    {
        ["CY-GX"] = (0.75m, 0.10m),
        ["CY-WC"] = (0.62m, 0.05m),
        ["CY-JG"] = (0.68m, 0.05m),
        ["CY-JY"] = (0.55m, 0.15m),
        ["CY-WS"] = (0.50m, 0.10m),
        ["CY-FW"] = (0.45m, 0.20m),
        ["CY-ZZ"] = (0.30m, 0.10m),
    };

    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => Rates.Keys.Contains(u.Code)).Select(u => new { u.Code, u.Path }).ToListAsync(ct);
        var cards = 0;
        var budget = MaxCards;
        foreach (var union in unions.OrderBy(u => u.Code))
        {
            var (issuedShare, appliedShare) = Rates[union.Code];
            var members = await db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(union.Path))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(budget).ToListAsync(ct);
            var issued = (int)(members.Count * issuedShare);
            var applied = (int)(members.Count * appliedShare);
            for (var i = 0; i < issued + applied && i < members.Count; i++)
            {
                var card = new ServiceCard { MemberId = members[i] };
                card.Apply(today.AddDays(-400 + (i % 300)), i % 2 == 0 ? "北京银行朝阳支行" : "北京银行望京支行");
                if (i < issued)
                {
                    Issue(card, NumberFor(members[i], 0), card.AppliedOn!.Value.AddDays(20));
                }

                db.Add(card);
                cards++;
                if (cards % 2_000 == 0)
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }

            budget -= Math.Min(members.Count, issued + applied);
            if (budget <= 0)
            {
                break;
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await SeedStatesAsync(today, ct);
        return cards;
    }

    /// <summary>A lost card, a replaced one and a cancelled one at the high-technology union, and a card left open by a member who retired.</summary>
    private async Task SeedStatesAsync(DateOnly today, CancellationToken ct)
    {
        var hitech = await db.Set<ServiceCard>().IgnoreQueryFilters().Include(c => c.Member).Where(c => c.Status == ServiceCardStatus.Issued && c.Member!.Union!.Code.StartsWith("CY-GX"))
            .OrderByDescending(c => c.Id).Take(4).ToListAsync(ct);
        if (hitech.Count < 4)
        {
            return;
        }

        hitech[0].Status = ServiceCardStatus.ReportedLost;
        hitech[0].LostOn = today.AddDays(-12);
        hitech[1].Status = ServiceCardStatus.Replaced;
        hitech[1].LostOn = today.AddDays(-90);
        hitech[1].ReplacedOn = today.AddDays(-75);
        var replacement = NumberFor(hitech[1].MemberId, 1);
        hitech[1].CardNumberCipher = protector.Encrypt(replacement);
        hitech[1].CardNumberHash = protector.Hash(replacement);
        hitech[2].Status = ServiceCardStatus.Cancelled;
        hitech[2].CancelledOn = today.AddDays(-30);
        hitech[2].CancelReason = "本人申请注销";

        // Retired last month with the card still open: the list to cancel has them.
        var leaver = hitech[3].Member!;
        leaver.Status = MemberStatus.Left;
        leaver.EndedOn = today.AddDays(-25);
        leaver.EndReason = "退休";
        await db.SaveChangesAsync(ct);
    }

    private void Issue(ServiceCard card, string number, DateOnly on)
    {
        card.Status = ServiceCardStatus.Issued;
        card.IssuedOn = on;
        card.CardNumberCipher = protector.Encrypt(number);
        card.CardNumberHash = protector.Hash(number);
    }

    /// <summary>A synthetic 16-digit number, one per member and replacement.</summary>
    private static string NumberFor(long memberId, int replacement) =>
        string.Create(CultureInfo.InvariantCulture, $"621483{replacement}{memberId:D9}");
}
