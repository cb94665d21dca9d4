using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Services;

public sealed record DesignatedServiceDto(long Id, long UnionId, string UnionName, ServiceCategory Category, string Name, string Description, string Place, DateOnly StartsOn,
    DateOnly? EndsOn, long Version);

public sealed record DesignatedServiceInput(long? UnionId, ServiceCategory? Category, [property: MaxLength(200)] string? Name, [property: MaxLength(1000)] string? Description,
    [property: MaxLength(200)] string? Place, DateOnly? StartsOn, DateOnly? EndsOn, long? Version);

/// <summary>The designated services (专项定点服务) unions run themselves: read, checked, changed.</summary>
public sealed class DesignatedServices(GonghuiDbContext db, CurrentActor actor, RecordDocuments documents, IStringLocalizer<SharedResource> t)
    : ServiceRecords<DesignatedService, DesignatedServiceDto, DesignatedServiceInput>(db, actor, documents, t)
{
    private static IQueryable<DesignatedServiceDto> Project(IQueryable<DesignatedService> source) =>
        source.Select(d => new DesignatedServiceDto(d.Id, d.UnionId, d.Union!.Name, d.Category, d.Name, d.Description, d.Place, d.StartsOn, d.EndsOn, d.Version));

    public Task<PagedResult<DesignatedServiceDto>> ListAsync(PageQuery page, int? year, long? unionId, ServiceCategory? category, CancellationToken ct)
    {
        var query = Db.Set<DesignatedService>().AsNoTracking();
        if (year is int y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(d => d.StartsOn <= to && (d.EndsOn == null || d.EndsOn >= from));
        }

        if (unionId is long u)
        {
            query = query.Where(d => d.UnionId == u);
        }

        if (category is { } c)
        {
            query = query.Where(d => d.Category == c);
        }

        if (page.Search is { } q)
        {
            query = query.Where(d => d.Name.Contains(q) || d.Place.Contains(q));
        }

        query = page.Descending ? query.OrderByDescending(d => d.Name).ThenBy(d => d.Id) : query.OrderBy(d => d.Name).ThenBy(d => d.Id);
        return page.ApplyAsync(Project(query), ct);
    }

    public override Task<DesignatedServiceDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false) =>
        Project((ignoreScope ? Db.Set<DesignatedService>().IgnoreQueryFilters() : Db.Set<DesignatedService>()).AsNoTracking().Where(d => d.Id == id)).FirstOrDefaultAsync(ct);

    protected override string ReferencedKey => "DesignatedService.Referenced";

    protected override long? VersionOf(DesignatedServiceInput input) => input.Version;

    public override async Task<Outcome?> CheckAndApplyAsync(DesignatedServiceInput input, DesignatedService target, CancellationToken ct)
    {
        var e = new ValidationErrors();
        var path = input.UnionId is long unionId ? await Db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct) : null;
        if (path is null)
        {
            e.Add("unionId", T["Member.UnionRequired"]);
        }
        else if (!Actor.CanWriteRegistryUnder(path))
        {
            return Outcome.Forbidden;
        }

        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            e.Add("category", T["ServicePurchase.CategoryRequired"]);
        }

        var name = e.Required(T, "name", input.Name, 200, "DesignatedService.NameRequired");
        var description = e.Optional(T, "description", input.Description, 1000) ?? "";
        var place = e.Optional(T, "place", input.Place, 200) ?? "";
        if (input.StartsOn is not { } starts || starts.Year < 2000 || starts > LocalizationSetup.Today)
        {
            e.Add("startsOn", T["DesignatedService.StartsOnInvalid"]);
        }
        else if (input.EndsOn is { } ends && (ends < starts || ends > LocalizationSetup.Today))
        {
            e.Add("endsOn", T["DesignatedService.EndsOnInvalid"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.UnionId = input.UnionId!.Value;
        target.Category = input.Category!.Value;
        target.Name = name!;
        target.Description = description;
        target.Place = place;
        target.StartsOn = input.StartsOn!.Value;
        target.EndsOn = input.EndsOn;
        return null;
    }
}

/// <summary>
/// <c>/api/v1/designated-services</c>: <c>GET /?year=&amp;unionId=&amp;category=&amp;q=</c>, <c>GET /export</c>, <c>GET /{id}</c>,
/// <c>POST /</c>, <c>PUT /{id}</c>, <c>DELETE /{id}?version=</c>.
/// </summary>
public static class DesignatedServiceEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (DesignatedServices h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? category, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<ServiceCategory>(category), ct)))
            .WithName("ListDesignatedServices");
        g.MapGet("/export", (DesignatedServices h, ListExport export, IStringLocalizer<SharedResource> t, string? q, string? sort, int? year, long? unionId, string? category, string? format,
                CancellationToken ct) =>
                export.WriteAsync(nameof(DesignatedService), "designated-services", p => h.ListAsync(p, year, unionId, EnumText.Parse<ServiceCategory>(category), ct), new PageQuery(null, null, q, sort),
                    x => new Dictionary<string, object?>
                    {
                        [t["DesignatedService.Name"]] = x.Name,
                        [t["ServicePurchase.Category"]] = t[$"ServiceCategory.{x.Category}"].Value,
                        [t["Member.Union"]] = x.UnionName,
                        [t["ServiceDelivery.Place"]] = x.Place,
                        [t["DesignatedService.StartsOn"]] = ListExport.Day(x.StartsOn),
                        [t["DesignatedService.EndsOn"]] = ListExport.Day(x.EndsOn),
                    }, format, ct))
            .WithName("ExportDesignatedServices");
        g.MapGet("/{id:long}", async (long id, DesignatedServices h, Problems p, CancellationToken ct) =>
                await h.ReadAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetDesignatedService");
        g.MapPost("/", async (DesignatedServiceInput input, DesignatedServices h, Problems p, CancellationToken ct) =>
                (await h.CreateAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/designated-services/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("CreateDesignatedService");
        g.MapPut("/{id:long}", async (long id, DesignatedServiceInput input, DesignatedServices h, Problems p, CancellationToken ct) =>
                (await h.UpdateAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateDesignatedService");
        g.MapDelete("/{id:long}", async (long id, long? version, DesignatedServices h, Problems p, CancellationToken ct) =>
                (await h.DeleteAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteDesignatedService");
    }
}
