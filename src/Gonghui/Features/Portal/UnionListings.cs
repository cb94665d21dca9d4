using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Features.Portal.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Files;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Portal;

/// <summary>A union as the public directory shows it, with what is public and whether the plan's minimum (chair, phone) is there.</summary>
public sealed record UnionListingDto(long UnionId, string UnionName, UnionKind Kind, string? ChairName, string? ContactPhone, string? ContactEmail, string? Address, bool AddressPublic,
    bool EmailPublic, string OfficeHours, string ServicesOffered, bool Complete, long Version);

public sealed record UnionListingInput(bool? AddressPublic, bool? EmailPublic, [property: MaxLength(UnionListings.OfficeHoursMax)] string? OfficeHours,
    [property: MaxLength(UnionListings.ServicesMax)] string? ServicesOffered, long? Version);

/// <summary>The unions' listings in the public directory, kept by each union's staff; the chair, phone and address are the union's own record.</summary>
public sealed class UnionListings(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public const int OfficeHoursMax = 100;
    public const int ServicesMax = 500;

    private static IQueryable<UnionListingDto> Rows(IQueryable<Union> unions, IQueryable<UnionListing> listings) =>
        from u in unions
        join l in listings on u.Id equals l.UnionId into found
        from l in found.DefaultIfEmpty()
        select new UnionListingDto(u.Id, u.Name, u.Kind, u.ChairName, u.ContactPhone, u.ContactEmail, u.Address, l == null || l.AddressPublic, l != null && l.EmailPublic,
            l == null ? "" : l.OfficeHours, l == null ? "" : l.ServicesOffered, false, l == null ? 0 : l.Version);

    private static UnionListingDto Checked(UnionListingDto d) => d with { Complete = DirectoryRule.IsComplete(d.ChairName, d.ContactPhone) };

    /// <summary>The unions the actor sees (under one, if asked), by code; <paramref name="incomplete"/> keeps those without a public chair or phone.</summary>
    public async Task<PagedResult<UnionListingDto>> ListAsync(PageQuery page, long? underUnionId, bool? incomplete, CancellationToken ct)
    {
        var unions = db.Unions.AsNoTracking();
        if (underUnionId is long under)
        {
            var path = db.Unions.IgnoreQueryFilters().Where(x => x.Id == under).Select(x => x.Path);
            unions = unions.Where(u => path.Any(p => u.Path.StartsWith(p)));
        }

        if (page.Search is { } q)
        {
            unions = unions.Where(u => u.Name.Contains(q) || u.Code == q);
        }

        if (incomplete is bool wanted)
        {
            unions = wanted
                ? unions.Where(u => u.ChairName == null || u.ChairName.Trim() == "" || u.ContactPhone == null || u.ContactPhone.Trim() == "")
                : unions.Where(u => u.ChairName != null && u.ChairName.Trim() != "" && u.ContactPhone != null && u.ContactPhone.Trim() != "");
        }

        unions = page.Descending ? unions.OrderByDescending(u => u.Path) : unions.OrderBy(u => u.Path);
        var rows = await page.ApplyAsync(Rows(unions, db.Set<UnionListing>().AsNoTracking()), ct);
        return rows with { Items = [.. rows.Items.Select(Checked)] };
    }

    public async Task<UnionListingDto?> ReadAsync(long unionId, CancellationToken ct, bool ignoreScope = false)
    {
        var unions = ignoreScope ? db.Unions.IgnoreQueryFilters() : db.Unions;
        var listings = ignoreScope ? db.Set<UnionListing>().IgnoreQueryFilters() : db.Set<UnionListing>();
        return await Rows(unions.AsNoTracking().Where(u => u.Id == unionId), listings.AsNoTracking()).FirstOrDefaultAsync(ct) is { } d ? Checked(d) : null;
    }

    /// <summary>Sets what the union shows beyond the plan's minimum; its staff and those above it may.</summary>
    public async Task<Outcome<UnionListingDto>> SaveAsync(long unionId, UnionListingInput input, CancellationToken ct)
    {
        var path = await db.Unions.IgnoreQueryFilters().Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null)
        {
            return Outcome.NotFound;
        }

        if (!actor.CanWriteRegistryUnder(path))
        {
            return Outcome.Forbidden;
        }

        var e = new ValidationErrors();
        var hours = e.Optional(t, "officeHours", input.OfficeHours, OfficeHoursMax) ?? "";
        var services = e.Optional(t, "servicesOffered", input.ServicesOffered, ServicesMax) ?? "";
        if (e.Any)
        {
            return Outcome.Invalid(e);
        }

        var listing = await db.Set<UnionListing>().IgnoreQueryFilters().FirstOrDefaultAsync(l => l.UnionId == unionId, ct);
        var created = listing is null;
        listing ??= new UnionListing { UnionId = unionId };
        listing.AddressPublic = input.AddressPublic ?? true;
        listing.EmailPublic = input.EmailPublic ?? false;
        listing.OfficeHours = hours;
        listing.ServicesOffered = services;
        if (created)
        {
            db.Add(listing);
            await db.SaveChangesAsync(ct);
        }
        else if (!await db.TrySaveAsync(listing, input.Version, ct))
        {
            return Outcome.Stale;
        }

        return (await ReadAsync(unionId, ct, ignoreScope: true))!;
    }
}

/// <summary>
/// <c>/api/v1/union-listings</c>: <c>GET /?underUnionId=&amp;incomplete=&amp;q=</c>, <c>GET /export</c>, <c>GET /{unionId}</c>,
/// <c>PUT /{unionId}</c> (what the union shows in the public directory).
/// </summary>
public static class UnionListingEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (UnionListings h, int? page, int? pageSize, string? q, string? sort, long? underUnionId, bool? incomplete, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(new PageQuery(page, pageSize, q, sort), underUnionId, incomplete, ct)))
            .WithName("ListUnionListings");
        g.MapGet("/export", (UnionListings h, ListExport export, IStringLocalizer<SharedResource> t, string? q, string? sort, long? underUnionId, bool? incomplete, string? format,
                CancellationToken ct) =>
                export.WriteAsync(nameof(UnionListing), "union-listings", p => h.ListAsync(p, underUnionId, incomplete, ct), new PageQuery(null, null, q, sort),
                    x => new Dictionary<string, object?>
                    {
                        [t["Member.Union"]] = x.UnionName,
                        [t["Union.Chair"]] = x.ChairName,
                        [t["Union.Phone"]] = x.ContactPhone,
                        [t["Union.Address"]] = x.AddressPublic ? x.Address : "",
                        [t["Union.Email"]] = x.EmailPublic ? x.ContactEmail : "",
                        [t["Listing.OfficeHours"]] = x.OfficeHours,
                        [t["Listing.ServicesOffered"]] = x.ServicesOffered,
                        [t["Listing.Complete"]] = x.Complete ? t["Common.Yes"].Value : t["Common.No"].Value,
                    }, format, ct))
            .WithName("ExportUnionListings");
        g.MapGet("/{unionId:long}", async (long unionId, UnionListings h, Problems p, CancellationToken ct) =>
                await h.ReadAsync(unionId, ct) is { } x ? Results.Ok(x) : ((Outcome<bool>)Outcome.NotFound).ToHttp(p, _ => Results.Ok()))
            .WithName("GetUnionListing");
        g.MapPut("/{unionId:long}", async (long unionId, UnionListingInput input, UnionListings h, Problems p, CancellationToken ct) =>
                (await h.SaveAsync(unionId, input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.WriteRegistry)
            .WithName("UpdateUnionListing");
    }
}
