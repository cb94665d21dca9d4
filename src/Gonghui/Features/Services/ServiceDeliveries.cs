using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Members;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Services;

/// <summary>A member a delivery served: the name masked for a role that may not see personal data whole (who had counselling or aid is sensitive).</summary>
public sealed record RecipientDto(long MemberId, string Name);

public sealed record ServiceDeliveryDto(long Id, long UnionId, string UnionName, ServiceCategory Category, string Title, DateOnly DeliveredOn, string Place, ServiceRunBy RunBy,
    long? PurchaseId, string? PurchaseTitle, long? StationId, int Headcount, IReadOnlyList<RecipientDto> Recipients, string Notes, long Version)
{
    public int WorkersServed => Headcount + Recipients.Count;

    /// <summary>The sign-in sheet, photos, the report: read with the one delivery, not in lists.</summary>
    public IReadOnlyList<DocumentDto> Documents { get; init; } = [];
}

public sealed record ServiceDeliveryInput(long? UnionId, ServiceCategory? Category, [property: MaxLength(200)] string? Title, DateOnly? DeliveredOn, [property: MaxLength(200)] string? Place,
    ServiceRunBy? RunBy, long? PurchaseId, long? StationId, int? Headcount, IReadOnlyList<long>? MemberIds, [property: MaxLength(1000)] string? Notes, long? Version);

/// <summary>Service deliveries (R10): read, checked and changed.</summary>
public sealed class ServiceDeliveries(GonghuiDbContext db, CurrentActor actor, RecordDocuments documents, IStringLocalizer<SharedResource> t)
    : ServiceRecords<ServiceDelivery, ServiceDeliveryDto, ServiceDeliveryInput>(db, actor, documents, t)
{
    /// <summary>A delivery names at most this many members; a larger event is counted by its headcount.</summary>
    public const int MaxRecipients = 2_000;

    private IQueryable<ServiceDeliveryDto> Project(IQueryable<ServiceDelivery> source) =>
        source.Select(d => new ServiceDeliveryDto(d.Id, d.UnionId, d.Union!.Name, d.Category, d.Title, d.DeliveredOn, d.Place, d.RunBy, d.PurchaseId, d.Purchase!.Title, d.StationId,
            d.Headcount, d.Recipients.OrderBy(r => r.Id).Select(r => new RecipientDto(r.MemberId, r.Member!.Name)).ToList(), d.Notes, d.Version));

    private ServiceDeliveryDto Shown(ServiceDeliveryDto d) =>
        Actor.MayRevealPersonalData ? d : d with { Recipients = [.. d.Recipients.Select(r => r with { Name = Masking.MaskGeneric(r.Name) })] };

    public async Task<PagedResult<ServiceDeliveryDto>> ListAsync(PageQuery page, int? year, long? unionId, ServiceCategory? category, long? purchaseId, CancellationToken ct)
    {
        var query = Db.Set<ServiceDelivery>().AsNoTracking();
        if (year is int y)
        {
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(d => d.DeliveredOn >= from && d.DeliveredOn <= to);
        }

        if (unionId is long u)
        {
            var path = Db.Unions.IgnoreQueryFilters().Where(x => x.Id == u).Select(x => x.Path);
            query = query.Where(d => path.Any(p => d.Union!.Path.StartsWith(p)));
        }

        if (category is { } c)
        {
            query = query.Where(d => d.Category == c);
        }

        if (purchaseId is long pid)
        {
            query = query.Where(d => d.PurchaseId == pid);
        }

        if (page.Search is { } q)
        {
            query = query.Where(d => d.Title.Contains(q) || d.Place.Contains(q));
        }

        query = page.Descending ? query.OrderBy(d => d.DeliveredOn).ThenBy(d => d.Id) : query.OrderByDescending(d => d.DeliveredOn).ThenByDescending(d => d.Id);
        var rows = await page.ApplyAsync(Project(query), ct);
        return rows with { Items = [.. rows.Items.Select(Shown)] };
    }

    public override async Task<ServiceDeliveryDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false) =>
        await Project((ignoreScope ? Db.Set<ServiceDelivery>().IgnoreQueryFilters() : Db.Set<ServiceDelivery>()).AsNoTracking().Where(d => d.Id == id)).FirstOrDefaultAsync(ct) is { } d
            ? Shown(d) with { Documents = await DocumentsOfAsync(id, ct) } : null;

    protected override string ReferencedKey => "ServiceDelivery.Referenced";

    protected override DocumentOwnerInfo Documents => ServiceDeliveryDocuments.Owner;

    protected override long? VersionOf(ServiceDeliveryInput input) => input.Version;

    protected override IQueryable<ServiceDelivery> WithParts(IQueryable<ServiceDelivery> records) => records.Include(d => d.Recipients);

    /// <summary>
    /// Checks a delivery and applies it: the union in scope, the category and day, who ran it (a purchase of the union or
    /// one above it; a station of the union or under it), at least one worker served, named members active in the union or under it.
    /// </summary>
    public override async Task<Outcome?> CheckAndApplyAsync(ServiceDeliveryInput input, ServiceDelivery target, CancellationToken ct)
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

        var title = e.Required(T, "title", input.Title, 200, "ServiceDelivery.TitleRequired");
        var place = e.Optional(T, "place", input.Place, 200) ?? "";
        var notes = e.Optional(T, "notes", input.Notes, 1000) ?? "";
        if (input.DeliveredOn is not { } on || on.Year < 2000 || on > LocalizationSetup.Today)
        {
            e.Add("deliveredOn", T["ServiceDelivery.DateInvalid"]);
        }

        var runBy = input.RunBy ?? ServiceRunBy.Union;
        if (!Enum.IsDefined(runBy))
        {
            e.Add("runBy", T["ServiceDelivery.RunByInvalid"]);
        }
        else if (runBy == ServiceRunBy.Purchase)
        {
            var purchasePath = input.PurchaseId is long pid ? await Db.Set<ServicePurchase>().IgnoreQueryFilters().Where(p => p.Id == pid).Select(p => p.Union!.Path).FirstOrDefaultAsync(ct) : null;
            if (purchasePath is null || path is null || !path.StartsWith(purchasePath, StringComparison.Ordinal))
            {
                e.Add("purchaseId", T["ServiceDelivery.PurchaseRequired"]);
            }
        }
        else if (runBy == ServiceRunBy.Station)
        {
            var stationPath = input.StationId is long sid ? await Db.Set<Stations.ServiceStation>().IgnoreQueryFilters().Where(s => s.Id == sid).Select(s => s.Union!.Path).FirstOrDefaultAsync(ct) : null;
            if (stationPath is null || path is null || !stationPath.StartsWith(path, StringComparison.Ordinal))
            {
                e.Add("stationId", T["ServiceDelivery.StationRequired"]);
            }
        }

        var ids = (input.MemberIds ?? []).Distinct().ToList();
        if (input.Headcount is < 0 or > 1_000_000)
        {
            e.Add("headcount", T["ServiceDelivery.HeadcountInvalid"]);
        }
        else if (ids.Count > MaxRecipients)
        {
            e.Add("memberIds", T["ServiceDelivery.TooManyRecipients", MaxRecipients]);
        }
        else if ((input.Headcount ?? 0) + ids.Count == 0)
        {
            e.Add("headcount", T["ServiceDelivery.NobodyServed"]);
        }
        else if (ids.Count > 0 && path is not null
            && await Db.Set<Member>().IgnoreQueryFilters().CountAsync(m => ids.Contains(m.Id) && m.Status == MemberStatus.Active && m.Union!.Path.StartsWith(path), ct) != ids.Count)
        {
            e.Add("memberIds", T["ServiceDelivery.MembersOutside"]);
        }

        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        target.UnionId = input.UnionId!.Value;
        target.Category = input.Category!.Value;
        target.Title = title!;
        target.DeliveredOn = input.DeliveredOn!.Value;
        target.Place = place;
        target.Notes = notes;
        target.RunBy = runBy;
        target.PurchaseId = runBy == ServiceRunBy.Purchase ? input.PurchaseId : null;
        target.StationId = runBy == ServiceRunBy.Station ? input.StationId : null;
        target.Headcount = input.Headcount ?? 0;
        Name(target, ids);
        return null;
    }

    /// <summary>The delivery's named members become exactly <paramref name="memberIds"/>.</summary>
    public static void Name(ServiceDelivery target, IReadOnlyCollection<long> memberIds)
    {
        target.Recipients.RemoveAll(r => !memberIds.Contains(r.MemberId));
        foreach (var id in memberIds.Where(id => target.Recipients.All(r => r.MemberId != id)))
        {
            target.Recipients.Add(new DeliveryRecipient { MemberId = id });
        }
    }
}

/// <summary>
/// <c>/api/v1/service-deliveries</c>: <c>GET /?year=&amp;unionId=&amp;category=&amp;purchaseId=&amp;q=</c> (the union and those under it),
/// <c>GET /export</c>, <c>GET /{id}</c>, <c>POST /</c>, <c>PUT /{id}</c>, <c>DELETE /{id}?version=</c>.
/// </summary>
public static class ServiceDeliveryEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (ServiceDeliveries h, int? page, int? pageSize, string? q, string? sort, int? year, long? unionId, string? category, long? purchaseId, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(new PageQuery(page, pageSize, q, sort), year, unionId, EnumText.Parse<ServiceCategory>(category), purchaseId, ct)))
            .WithName("ListServiceDeliveries");
        g.MapGet("/export", (ServiceDeliveries h, ListExport export, IStringLocalizer<SharedResource> t, string? q, string? sort, int? year, long? unionId, string? category, long? purchaseId,
                string? format, CancellationToken ct) =>
                export.WriteAsync(nameof(ServiceDelivery), "service-deliveries", p => h.ListAsync(p, year, unionId, EnumText.Parse<ServiceCategory>(category), purchaseId, ct), new PageQuery(null, null, q, sort),
                    x => new Dictionary<string, object?>
                    {
                        [t["ServiceDelivery.DeliveredOn"]] = ListExport.Day(x.DeliveredOn),
                        [t["ServiceDelivery.Title"]] = x.Title,
                        [t["ServicePurchase.Category"]] = t[$"ServiceCategory.{x.Category}"].Value,
                        [t["Member.Union"]] = x.UnionName,
                        [t["ServiceDelivery.RunBy"]] = t[$"ServiceRunBy.{x.RunBy}"].Value,
                        [t["ServiceDelivery.Place"]] = x.Place,
                        [t["ServiceDelivery.WorkersServed"]] = x.WorkersServed,
                    }, format, ct))
            .WithName("ExportServiceDeliveries");
        g.MapGet("/{id:long}", async (long id, ServiceDeliveries h, Problems p, CancellationToken ct) =>
                await h.ReadAsync(id, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetServiceDelivery");
        g.MapPost("/", async (ServiceDeliveryInput input, ServiceDeliveries h, Problems p, CancellationToken ct) =>
                (await h.CreateAsync(input, ct)).ToHttp(p, x => TypedResults.Created($"/api/v1/service-deliveries/{x.Id}", x)))
            .Produces(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("RecordServiceDelivery");
        g.MapPut("/{id:long}", async (long id, ServiceDeliveryInput input, ServiceDeliveries h, Problems p, CancellationToken ct) =>
                (await h.UpdateAsync(id, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateServiceDelivery");
        g.MapDelete("/{id:long}", async (long id, long? version, ServiceDeliveries h, Problems p, CancellationToken ct) =>
                (await h.DeleteAsync(id, version, ct)).ToHttp(p, _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("DeleteServiceDelivery");
    }
}
