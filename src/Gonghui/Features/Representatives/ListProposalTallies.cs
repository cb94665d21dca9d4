using Gonghui.Features.Representatives.Rules;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/proposals/tallies?year=</c>: per union in the actor's scope, the year's proposals and suggestions, answered on time and the proposers' satisfaction, against the district's targets.</summary>
public sealed class ListProposalTallies(GonghuiDbContext db, ProposalReader reader)
{
    public sealed record Row(long UnionId, string UnionName, int Submitted, int Proposals, int Suggestions, int Waiting, ProposalTally Tally, decimal OnTimeTarget, decimal SatisfactionTarget)
    {
        public bool? OnTimeMet => Tally.OnTimeRate is { } rate ? rate >= OnTimeTarget : null;

        public bool? SatisfactionMet => Tally.SatisfactionRate is { } rate ? rate >= SatisfactionTarget : null;
    }

    public async Task<IReadOnlyList<Row>> HandleAsync(int year, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var settings = reader.Settings;
        var proposals = await db.Set<Proposal>().AsNoTracking().Where(x => x.Year == year)
            .Select(x => new
            {
                x.UnionId, x.Union!.Name, x.Union.Code, x.Kind, x.Status,
                Rounds = x.Rounds.OrderBy(r => r.Number).Select(r => new ProposalRoundFacts(r.DueOn, r.AnsweredOn, r.Rating)).ToList(),
            }).ToListAsync(ct);
        return proposals.GroupBy(x => (x.UnionId, x.Name, x.Code)).OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new Row(g.Key.UnionId, g.Key.Name, g.Count(), g.Count(x => x.Status != ProposalStatus.Submitted && x.Kind == ProposalKind.Proposal),
                g.Count(x => x.Status != ProposalStatus.Submitted && x.Kind == ProposalKind.Suggestion), g.Count(x => x.Status == ProposalStatus.Submitted),
                ProposalRule.Tally(g.Select(x => (IReadOnlyList<ProposalRoundFacts>)x.Rounds), today), settings.OnTimeTarget, settings.SatisfactionTarget))
            .ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/tallies", async (int? year, ListProposalTallies h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(year ?? LocalizationSetup.Today.Year, ct)))
            .WithName("ListProposalTallies");
}
