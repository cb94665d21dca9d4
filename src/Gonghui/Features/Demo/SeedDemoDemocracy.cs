using Gonghui.Features.Congresses;
using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo --members N</c>: members' congresses of the demo district in every state. A term for the
/// high-technology union and for the first grassroots union of each industrial union, each opened by an election
/// session; the committee and chair approved at the high-technology union's first grassroots union (its chair in the
/// registry changes); a chair elected in a further round waiting for approval at the manufacturing union's; a void
/// committee election (more ballots back than issued) at the services union's; a result returned with a reason at
/// the healthcare union's; the education union's annual session short of its quorum; and the high-technology union's
/// own chair election waiting for the district. Dated from today.
/// </summary>
public sealed class SeedDemoDemocracy(
    GonghuiDbContext db,
    OpenCongressTerm openTerm,
    HoldCongressSession holdSession,
    RecordElection recordElection,
    SubmitElection submit,
    ReviewElection review)
{
    public sealed record Result(int Sessions, int Elections);

    private int sessions;
    private int elections;

    public async Task<Result> HandleAsync(CancellationToken ct)
    {
        var unions = await db.Unions.IgnoreQueryFilters().AsNoTracking().Where(u => u.Code == "CY-GX" || u.Code.EndsWith("-001") || u.Code == "CY-GX-002")
            .ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var start = new DateOnly(LocalizationSetup.Today.Year - 2, 3, 1);
        await CongressAsync(unions, "CY-GX-001", start, 40, async (session, m) =>
        {
            var committee = await ElectAsync(session, ElectionOffice.CommitteeMember, 7, m[..8], [36, 35, 33, 31, 30, 28, 27, 12], 38, 38, ct);
            await ApproveAsync(committee, ct);
            await ApproveAsync(await ElectAsync(session, ElectionOffice.Chair, 1, m[..1], [37], 38, 38, ct), ct);
        }, ct);
        await CongressAsync(unions, "CY-ZZ-001", start.AddMonths(2), 30, async (session, m) =>
        {
            var first = await ElectAsync(session, ElectionOffice.Chair, 1, m[..2], [15, 13], 28, 28, ct);
            var second = Require(await recordElection.HandleAsync(new ElectionInput(session.Id, ElectionOffice.Chair, first.Id, 1, null, 28, 28,
                [new CandidateInput(m[0].Id, 19), new CandidateInput(m[1].Id, 9)], null), ct));
            elections++;
            Require(await submit.HandleAsync(second.Id, new SubmitElection.Request(null), ct));
        }, ct);
        await CongressAsync(unions, "CY-FW-001", start.AddMonths(4), 40, async (session, m) =>
            await ElectAsync(session, ElectionOffice.CommitteeMember, 5, m[..6], [30, 29, 28, 27, 25, 20], 36, 37, ct), ct);
        await CongressAsync(unions, "CY-WS-001", start.AddMonths(1), 30, async (session, m) =>
        {
            var chair = await ElectAsync(session, ElectionOffice.Chair, 1, m[..1], [26], 27, 27, ct);
            var submitted = Require(await submit.HandleAsync(chair.Id, new SubmitElection.Request(null), ct));
            Require(await review.HandleAsync(submitted.Id, false, new ReviewElection.Request("请补充选举办法和计票单后重新报批", null), ct));
        }, ct);
        await CongressAsync(unions, "CY-JY-001", start.AddMonths(3), 30, async (session, m) =>
        {
            // The annual session a year later: 18 of 30 is under two thirds, so it is kept and shown as invalid.
            Require(await holdSession.HandleAsync(new SessionInput(session.TermId, 2, SessionKind.Annual, session.HeldOn.AddYears(1), 30, 18, "部分代表因工作安排未能出席",
                [new AgendaItemInput("年度工会工作报告", 17, 0, 1)], null), ct));
            sessions++;
        }, ct);
        await CongressAsync(unions, "CY-GX-002", start.AddMonths(5), 25, async (session, m) =>
            Require(await submit.HandleAsync((await ElectAsync(session, ElectionOffice.Chair, 1, m[..1], [22], 23, 23, ct)).Id, new SubmitElection.Request(null), ct)), ct);
        await CongressAsync(unions, "CY-GX", start.AddMonths(6), 120, async (session, m) =>
            Require(await submit.HandleAsync((await ElectAsync(session, ElectionOffice.Chair, 1, m[..2], [88, 21], 112, 112, ct)).Id, new SubmitElection.Request(null), ct)), ct);
        return new Result(sessions, elections);
    }

    private sealed record Candidate(long Id, string Name);

    /// <summary>A term opening with an election session at the union, then what <paramref name="elect"/> does there; skipped when the union has too few members.</summary>
    private async Task CongressAsync(Dictionary<string, long> unions, string code, DateOnly heldOn, int entitled, Func<SessionDto, Candidate[], Task> elect, CancellationToken ct)
    {
        if (!unions.TryGetValue(code, out var unionId))
        {
            return;
        }

        var path = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstAsync(ct);
        var members = await db.Set<Member>().IgnoreQueryFilters().Where(m => m.Union!.Path.StartsWith(path) && m.Status == MemberStatus.Active)
            .OrderBy(m => m.Id).Take(8).Select(m => new Candidate(m.Id, m.Name)).ToArrayAsync(ct);
        if (members.Length < 8)
        {
            return;
        }

        var term = Require(await openTerm.HandleAsync(new TermInput(unionId, code == "CY-GX" ? CongressKind.MembersCongress : CongressKind.MembersAssembly, 3, heldOn, heldOn.AddYears(5).AddDays(-1), code == "CY-GX", null), ct));
        var session = Require(await holdSession.HandleAsync(new SessionInput(term.Id, 1, SessionKind.Election, heldOn, entitled, entitled - (entitled / 10),
            "听取和审议上届工会委员会工作报告和经费审查报告，选举产生新一届委员会。",
            [new AgendaItemInput("上届工会委员会工作报告", entitled * 4 / 5, 1, 1), new AgendaItemInput("经费审查委员会工作报告", entitled * 4 / 5, 0, 2)], null), ct));
        sessions++;
        await elect(session, members);
    }

    private async Task<ElectionDto> ElectAsync(SessionDto session, ElectionOffice office, int seats, Candidate[] candidates, int[] votes, int issued, int returned, CancellationToken ct)
    {
        elections++;
        return Require(await recordElection.HandleAsync(new ElectionInput(session.Id, office, null, seats, null, issued, returned,
            candidates.Select((c, i) => new CandidateInput(c.Id, votes[i])).ToList(), null), ct));
    }

    private async Task ApproveAsync(ElectionDto election, CancellationToken ct)
    {
        var submitted = Require(await submit.HandleAsync(election.Id, new SubmitElection.Request(null), ct));
        Require(await review.HandleAsync(submitted.Id, true, new ReviewElection.Request(null, null), ct));
    }

    private static T Require<T>(Outcome<T> outcome) => SeedDemo.Require(outcome, "democracy");
}
