using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Representatives;

/// <summary><c>GET /api/v1/proposals?year=&amp;unionId=&amp;status=&amp;kind=&amp;overdue=&amp;q=</c>: proposals in the actor's scope, newest first; searched by title or proposer.</summary>
public sealed class ListProposals(GonghuiDbContext db)
{
    /// <param name="Lead">The proposer who leads; <c>Proposers</c> counts them all.</param>
    /// <param name="Assignee">The open or last round's; null before review.</param>
    /// <param name="Rating">The proposers' final rating, if rated.</param>
    public sealed record Row(long Id, long UnionId, string UnionName, ProposalKind Kind, ProposalCategory Category, string Title, DateOnly SubmittedOn, ProposalStatus Status,
        string? Lead, int Proposers, int Rounds, string? Assignee, DateOnly? DueOn, DateOnly? AnsweredOn, ProposalRating? Rating, bool Overdue);

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, ProposalStatus? status, ProposalKind? kind, bool overdueOnly, CancellationToken ct)
    {
        var today = LocalizationSetup.Today;
        var query = db.Set<Proposal>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(x => x.Year == y);
        }

        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (status is { } s)
        {
            query = query.Where(x => x.Status == s);
        }

        if (kind is { } k)
        {
            query = query.Where(x => x.Kind == k);
        }

        if (overdueOnly)
        {
            query = query.Where(x => x.Status == ProposalStatus.Assigned && x.Rounds.Any(r => r.AnsweredOn == null && r.DueOn < today));
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Title.Contains(q) || x.Proposers.Any(p => p.Representative!.Member!.Name.Contains(q)));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(x => x.SubmittedOn).ThenByDescending(x => x.Id)
            : query.OrderBy(x => x.SubmittedOn).ThenBy(x => x.Id);
        return page.ApplyAsync(query.Select(x => new Row(x.Id, x.UnionId, x.Union!.Name, x.Kind, x.Category, x.Title, x.SubmittedOn, x.Status,
            x.Proposers.OrderBy(p => p.Id).Select(p => p.Representative!.Member!.Name).FirstOrDefault(), x.Proposers.Count, x.Rounds.Count,
            x.Rounds.OrderByDescending(r => r.Number).Select(r => r.Assignee).FirstOrDefault(),
            x.Rounds.OrderByDescending(r => r.Number).Select(r => (DateOnly?)r.DueOn).FirstOrDefault(),
            x.Rounds.OrderByDescending(r => r.Number).Select(r => r.AnsweredOn).FirstOrDefault(),
            x.Rounds.Where(r => r.Rating != null).OrderByDescending(r => r.Number).Select(r => r.Rating).FirstOrDefault(),
            x.Status == ProposalStatus.Assigned && x.Rounds.Any(r => r.AnsweredOn == null && r.DueOn < today))), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListProposals h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? status, string? kind, bool? overdue, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<ProposalStatus>(status), EnumText.Parse<ProposalKind>(kind),
                    overdue == true, ct)))
            .WithName("ListProposals");
}
