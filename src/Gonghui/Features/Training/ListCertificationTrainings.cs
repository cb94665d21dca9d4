using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Training;

/// <summary><c>GET /api/v1/certification-trainings?year=&amp;unionId=&amp;level=&amp;q=</c>: trainings in the actor's scope, newest first, with their certificates counted.</summary>
public sealed class ListCertificationTrainings(GonghuiDbContext db)
{
    public sealed record Row(long Id, long UnionId, string UnionName, string Title, string Occupation, SkillLevel Level, string? Provider, DateOnly StartOn, DateOnly EndOn, int Trainees, int Certificates);

    public Task<PagedResult<Row>> HandleAsync(PageQuery page, int? year, long? unionId, SkillLevel? level, CancellationToken ct)
    {
        var query = db.Set<CertificationTraining>().AsNoTracking();
        if (year is int y)
        {
            query = query.Where(c => c.StartOn <= new DateOnly(y, 12, 31) && c.EndOn >= new DateOnly(y, 1, 1));
        }

        if (unionId is long u)
        {
            query = query.Where(c => c.UnionId == u);
        }

        if (level is { } l)
        {
            query = query.Where(c => c.Level == l);
        }

        if (page.Search is { } q)
        {
            query = query.Where(c => c.Title.Contains(q) || c.Occupation.Contains(q));
        }

        query = page.Descending || page.SortField is null
            ? query.OrderByDescending(c => c.StartOn).ThenByDescending(c => c.Id)
            : query.OrderBy(c => c.StartOn).ThenBy(c => c.Id);
        return page.ApplyAsync(query.Select(c => new Row(c.Id, c.UnionId, c.Union!.Name, c.Title, c.Occupation, c.Level, c.Provider, c.StartOn, c.EndOn, c.Trainees, c.Certificates.Count)), ct);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListCertificationTrainings h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? level, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<SkillLevel>(level), ct)))
            .WithName("ListCertificationTrainings");
}
