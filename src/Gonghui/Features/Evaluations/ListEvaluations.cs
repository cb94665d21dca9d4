using Gonghui.Features.Evaluations.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Evaluations;

/// <summary><c>GET /api/v1/evaluations?year=&amp;unionId=&amp;subject=&amp;q=</c>: rounds in the actor's scope, newest first, each with its rate against the target.</summary>
public sealed class ListEvaluations(GonghuiDbContext db, EvaluationReader reader)
{
    /// <param name="OpenIssues">Raised matters not yet followed up.</param>
    public sealed record Row(long Id, long UnionId, string UnionName, EvaluationSubject Subject, int Year, DateOnly HeldOn, int BallotsIssued,
        int Satisfied, int BasicallySatisfied, int Dissatisfied, decimal Target, int Issues, int OpenIssues)
    {
        public int Counted => Satisfied + BasicallySatisfied + Dissatisfied;

        public decimal? Rate => SatisfactionRule.Rate(Satisfied, BasicallySatisfied, Dissatisfied);

        public bool Met => SatisfactionRule.Met(Satisfied, BasicallySatisfied, Dissatisfied, Target);
    }

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, EvaluationSubject? subject, CancellationToken ct)
    {
        var query = db.Set<Evaluation>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(x => x.Year == y);
        }

        if (unionId is long u)
        {
            query = query.Where(x => x.UnionId == u);
        }

        if (subject is { } s)
        {
            query = query.Where(x => x.Subject == s);
        }

        if (page.Search is { } q)
        {
            query = query.Where(x => x.Union!.Name.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(x => x.HeldOn).ThenByDescending(x => x.Id)
            : query.OrderBy(x => x.HeldOn).ThenBy(x => x.Id);
        var target = reader.Target;
        return page.ApplyAsync(query.Select(x => new Row(x.Id, x.UnionId, x.Union!.Name, x.Subject, x.Year, x.HeldOn, x.BallotsIssued, x.Satisfied, x.BasicallySatisfied,
            x.Dissatisfied, target, x.Issues.Count, x.Issues.Count(i => i.ResolvedOn == null))), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListEvaluations h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? subject, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<EvaluationSubject>(subject), ct)))
            .WithName("ListEvaluations");
}
