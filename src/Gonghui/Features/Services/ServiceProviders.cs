using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Enterprises;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Services;

public sealed record ServiceProviderDto(long Id, string Name, string CreditCode, ProviderKind Kind, IReadOnlyList<ServiceCategory> Categories, string Qualifications, string Contact,
    string Address, bool Active, long Version)
{
    /// <summary>The licence, qualifications and designation: read with the one provider, not in lists.</summary>
    public IReadOnlyList<DocumentDto> Documents { get; init; } = [];
}

public sealed record ServiceProviderInput([property: MaxLength(200)] string? Name, [property: MaxLength(18), RegularExpression(@"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")] string? CreditCode,
    ProviderKind? Kind, IReadOnlyList<ServiceCategory>? Categories, [property: MaxLength(1000)] string? Qualifications, [property: MaxLength(100)] string? Contact,
    [property: MaxLength(200)] string? Address, bool? Active, long? Version);

/// <summary>The district's registry of designated providers: read by every union, kept by the district.</summary>
public sealed class ServiceProviderRegistry(GonghuiDbContext db, CurrentActor actor, RecordDocuments documents, IStringLocalizer<SharedResource> t)
{
    private static ServiceProviderDto Dto(ServiceProvider p) => new(p.Id, p.Name, p.CreditCode, p.Kind, p.CategoryList, p.Qualifications, p.Contact, p.Address, p.Active, p.Version);

    public async Task<PagedResult<ServiceProviderDto>> ListAsync(PageQuery page, ServiceCategory? category, bool? active, CancellationToken ct)
    {
        var query = db.Set<ServiceProvider>().AsNoTracking();
        if (page.Search is { } q)
        {
            var code = q.ToUpperInvariant();
            query = query.Where(p => p.Name.Contains(q) || p.CreditCode == code);
        }

        if (category is { } c)
        {
            var name = c.ToString();
            query = query.Where(p => ("," + p.Categories + ",").Contains("," + name + ","));
        }

        if (active is bool a)
        {
            query = query.Where(p => p.Active == a);
        }

        query = page.Descending ? query.OrderByDescending(p => p.Name).ThenBy(p => p.Id) : query.OrderBy(p => p.Name).ThenBy(p => p.Id);
        var rows = await page.ApplyAsync(query, ct);
        return new PagedResult<ServiceProviderDto>([.. rows.Items.Select(Dto)], rows.Total, rows.Page, rows.PageSize);
    }

    public async Task<ServiceProviderDto?> ReadAsync(long id, CancellationToken ct) =>
        await db.Set<ServiceProvider>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } p
            ? Dto(p) with { Documents = await RecordDocuments.ListAsync(db, ServiceProviderDocuments.Owner, id, ct) }
            : null;

    /// <summary>Registers a provider (no id) or changes one; only the district keeps the registry.</summary>
    public async Task<Outcome<ServiceProviderDto>> SaveAsync(long? id, ServiceProviderInput input, CancellationToken ct)
    {
        if (!actor.CanWriteDistrictRecords)
        {
            return Outcome.Forbidden;
        }

        var target = id is long existing ? await db.Set<ServiceProvider>().FirstOrDefaultAsync(p => p.Id == existing, ct) : new ServiceProvider();
        if (target is null)
        {
            return Outcome.NotFound;
        }

        var e = new ValidationErrors();
        var name = e.Required(t, "name", input.Name, 200, "ServiceProvider.NameRequired");
        var (code, problem) = Enterprises.CreditCode.Check(input.CreditCode);
        if (problem is { } p)
        {
            e.Add("creditCode", t[$"CreditCode.{p}"]);
        }
        else if (await db.Set<ServiceProvider>().AnyAsync(x => x.CreditCode == code && x.Id != target.Id, ct))
        {
            e.Add("creditCode", t["CreditCode.Taken", code!]);
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["ServiceProvider.KindRequired"]);
        }

        if (input.Categories is not { Count: > 0 } categories || categories.Any(c => !Enum.IsDefined(c)))
        {
            e.Add("categories", t["ServiceProvider.CategoriesRequired"]);
        }

        var qualifications = e.Optional(t, "qualifications", input.Qualifications, 1000) ?? "";
        var contact = e.Optional(t, "contact", input.Contact, 100) ?? "";
        var address = e.Optional(t, "address", input.Address, 200) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.Name = name!;
        target.CreditCode = code!;
        target.Kind = input.Kind!.Value;
        target.Categories = string.Join(',', input.Categories!.Distinct());
        target.Qualifications = qualifications;
        target.Contact = contact;
        target.Address = address;
        target.Active = input.Active ?? true;
        if (id is null)
        {
            db.Add(target);
            await db.SaveChangesAsync(ct);
        }
        else if (!await db.TrySaveAsync(target, input.Version, ct))
        {
            return Outcome.Stale;
        }

        return (await ReadAsync(target.Id, ct))!;
    }

    public async Task<Outcome<bool>> DeleteAsync(long id, long? version, CancellationToken ct)
    {
        if (!actor.CanWriteDistrictRecords)
        {
            return Outcome.Forbidden;
        }

        return await db.Set<ServiceProvider>().FirstOrDefaultAsync(p => p.Id == id, ct) is { } p
            ? (await documents.DeleteWithDocumentsAsync(ServiceProviderDocuments.Owner.Owner, id, p, version, ct)).ToOutcome(t["ServiceProvider.Referenced"])
            : Outcome.NotFound;
    }
}

/// <summary>
/// <c>/api/v1/service-providers</c>: <c>GET /?q=&amp;category=&amp;active=</c>, <c>GET /export</c>, <c>GET /{id}</c>, and for the
/// district <c>POST /</c>, <c>PUT /{id}</c>, <c>DELETE /{id}?version=</c> (one with contracts is kept, marked no longer designated).
/// </summary>
public static class ServiceProviderEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (ServiceProviderRegistry h, int? page, int? pageSize, string? q, string? sort, string? category, bool? active, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(new PageQuery(page, pageSize, q, sort), EnumText.Parse<ServiceCategory>(category), active, ct)))
            .WithName("ListServiceProviders");
        g.MapGet("/export", (ServiceProviderRegistry h, ListExport export, IStringLocalizer<SharedResource> t, string? q, string? sort, string? category, bool? active, string? format, CancellationToken ct) =>
                export.WriteAsync(nameof(ServiceProvider), "service-providers", p => h.ListAsync(p, EnumText.Parse<ServiceCategory>(category), active, ct), new PageQuery(null, null, q, sort),
                    x => new Dictionary<string, object?>
                    {
                        [t["ServiceProvider.Name"]] = x.Name,
                        [t["Enterprise.CreditCode"]] = x.CreditCode,
                        [t["ServiceProvider.Kind"]] = t[$"ProviderKind.{x.Kind}"].Value,
                        [t["ServiceProvider.Categories"]] = string.Join(t["Common.ListSeparator"].Value, x.Categories.Select(c => t[$"ServiceCategory.{c}"].Value)),
                        [t["ServiceProvider.Qualifications"]] = x.Qualifications,
                        [t["ServiceProvider.Contact"]] = x.Contact,
                        [t["ServiceProvider.Address"]] = x.Address,
                        [t["ServiceProvider.Active"]] = x.Active ? t["Common.Yes"].Value : t["Common.No"].Value,
                    }, format, ct))
            .WithName("ExportServiceProviders");
        g.MapGet("/{id:long}", async (long id, ServiceProviderRegistry h, Problems p, CancellationToken ct) =>
                await h.ReadAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetServiceProvider");
        g.MapPost("/", async (ServiceProviderInput input, ServiceProviderRegistry h, Problems p, CancellationToken ct) =>
                (await h.SaveAsync(null, input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/service-providers/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RegisterServiceProvider");
        g.MapPut("/{id:long}", async (long id, ServiceProviderInput input, ServiceProviderRegistry h, Problems p, CancellationToken ct) =>
                (await h.SaveAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateServiceProvider");
        g.MapDelete("/{id:long}", async (long id, long? version, ServiceProviderRegistry h, Problems p, CancellationToken ct) =>
                (await h.DeleteAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteServiceProvider");
    }
}
