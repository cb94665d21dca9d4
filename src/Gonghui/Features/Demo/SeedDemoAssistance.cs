using Gonghui.Features.Assistance;
using Gonghui.Features.Assistance.Rules;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: assistance cases at every step — at the high-technology union one
/// proposed, one reviewed, one declined, one approved and paid twice, a hardship file renewed at its yearly review; at
/// the government-organ unions a critical-illness case approved and paid (their emergency aid under R10).
/// </summary>
public sealed class SeedDemoAssistance(GonghuiDbContext db, AssistanceCases cases)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        DateOnly Day(int daysAgo) => today.AddDays(-Math.Min(daysAgo, today.DayOfYear - 1));
        async Task<(long Union, long Member)?> MemberUnder(string code, int skip) =>
            await db.Set<Member>().IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Union!.Code.StartsWith(code) && m.Union.Kind == Organisation.UnionKind.GrassrootsUnion)
                .OrderBy(m => m.Id).Skip(skip).Select(m => new { m.UnionId, m.Id }).FirstOrDefaultAsync(ct) is { } x ? (x.UnionId, x.Id) : null;

        (string Code, AssistanceKind Kind, string Cause, int Steps, bool Decline, decimal[] Payments, bool Renew)[] plan =
        [
            ("CY-GX", AssistanceKind.CriticalIllness, "患恶性肿瘤，化疗费用高", 0, false, [], false),
            ("CY-GX", AssistanceKind.Accident, "下班途中交通事故骨折", 1, false, [], false),
            ("CY-GX", AssistanceKind.Other, "家庭财产失窃", 1, true, [], false),
            ("CY-GX", AssistanceKind.CriticalIllness, "子女重病住院", 2, false, [8_000m, 4_000m], false),
            ("CY-GX", AssistanceKind.HardshipFile, "单亲家庭，子女上学", 2, false, [3_000m], true),
            ("CY-JG", AssistanceKind.CriticalIllness, "突发脑梗住院", 2, false, [10_000m], false),
        ];
        var seeded = 0;
        for (var i = 0; i < plan.Length; i++)
        {
            var p = plan[i];
            if (await MemberUnder(p.Code, p.Code == "CY-GX" ? i : 0) is not { } who)
            {
                continue;
            }

            var c = SeedDemo.Require(await cases.ProposeAsync(new AssistanceProposal(who.Union, who.Member, null, null, p.Kind, Day(120 - (i * 10)), 3, 3_600m, p.Cause, "情况属实，建议帮扶"), ct),
                "assistance");
            var on = c.ProposedOn;
            foreach (var action in new[] { AssistanceAction.Review, AssistanceAction.Approve }.Take(p.Steps))
            {
                on = on.AddDays(5);
                c = SeedDemo.Require(await cases.StepAsync(c.Id, action, new AssistanceStepInput(on, action == AssistanceAction.Review ? "同意上报" : "同意救助", null, c.Version), ct), "assistance");
            }

            if (p.Decline)
            {
                c = SeedDemo.Require(await cases.StepAsync(c.Id, AssistanceAction.Decline, new AssistanceStepInput(on.AddDays(3), "不属于救助范围", null, c.Version), ct), "assistance");
            }

            foreach (var amount in p.Payments)
            {
                on = on.AddDays(7);
                c = SeedDemo.Require(await cases.PayAsync(c.Id, new AssistancePaymentInput(on, amount, PaymentMethod.BankTransfer, c.Version), ct), "assistance");
            }

            if (p.Renew)
            {
                SeedDemo.Require(await cases.StepAsync(c.Id, AssistanceAction.YearlyReview, new AssistanceStepInput(on.AddDays(10), "仍属困难，继续帮扶", YearlyReviewOutcome.Renewed, c.Version), ct),
                    "assistance");
            }

            seeded++;
        }

        return seeded;
    }
}
