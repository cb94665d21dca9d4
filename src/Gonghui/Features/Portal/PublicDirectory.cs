using Gonghui.Features.Enterprises;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Portal;

/// <summary>A union found in the directory, and the enterprise it was found by (when it was).</summary>
public sealed record DirectoryHit(long Id, string Name, UnionKind Kind, IndustrySector? Sector, string? ChairName, string? Phone, string? FoundBy, bool Uncovered);

/// <summary>A union's public page: only what the plan makes public and what the union marked public.</summary>
public sealed record DirectoryEntry(long Id, string Name, UnionKind Kind, IndustrySector? Sector, string? ParentName, long? ParentId, string? ChairName, string? Phone, string? Address,
    string? Email, string OfficeHours, string ServicesOffered, IReadOnlyList<string> DesignatedServices);

/// <summary>An area federation a worker may pick as "where I work".</summary>
public sealed record DirectoryArea(long Id, string Name);

/// <summary>
/// The public directory (R13): read by anyone, signed in or not, so it reads past the scope filters on purpose and
/// answers nothing but the directory's fields: no member, no count, no record of any union's work.
/// </summary>
public sealed class PublicDirectory(GonghuiDbContext db)
{
    public const int PageSize = 20;

    /// <summary>Text shorter than this finds nothing: two characters already name an enterprise in Chinese.</summary>
    public const int MinSearch = 2;

    /// <summary>Longer text is cut here: no enterprise's name is longer.</summary>
    public const int MaxSearch = 100;

    private IQueryable<Union> Unions => db.Unions.IgnoreQueryFilters().AsNoTracking();

    public Task<List<DirectoryArea>> AreasAsync(CancellationToken ct) =>
        Unions.Where(u => u.Kind == UnionKind.AreaFederation).OrderBy(u => u.Code).Select(u => new DirectoryArea(u.Id, u.Name)).ToListAsync(ct);

    /// <summary>
    /// Unions found by an enterprise's credit code or name or by their own name, within an industry or an area
    /// federation; with nothing asked, the district's industrial unions and area federations.
    /// </summary>
    public async Task<PagedResult<DirectoryHit>> SearchAsync(string? q, IndustrySector? sector, long? areaId, int? page, CancellationToken ct)
    {
        var text = q?.Trim() ?? "";
        text = text.Length > MaxSearch ? text[..MaxSearch] : text;
        var pageNumber = Math.Clamp(page ?? 1, 1, 50);
        var unions = Unions;
        if (sector is { } s)
        {
            var industrial = Unions.Where(u => u.Kind == UnionKind.IndustrialUnion && u.Sector == s).Select(u => u.Path);
            unions = unions.Where(u => industrial.Any(p => u.Path.StartsWith(p)));
        }

        if (areaId is long area)
        {
            var path = Unions.Where(u => u.Id == area && u.Kind == UnionKind.AreaFederation).Select(u => u.Path);
            unions = unions.Where(u => path.Any(p => u.Path.StartsWith(p)));
        }

        if (text.Length == 0 && sector is null && areaId is null)
        {
            unions = unions.Where(u => u.Kind == UnionKind.IndustrialUnion || u.Kind == UnionKind.AreaFederation || u.ParentId == null);
        }

        var hits = new List<DirectoryHit>();
        if (text.Length >= MinSearch)
        {
            // An enterprise named or coded: the union that covers it, or where none does, the federation of its area.
            var code = CreditCode.Check(text).Value;
            var enterprises = db.Set<Enterprise>().IgnoreQueryFilters().AsNoTracking();
            var found = await (code is not null ? enterprises.Where(e => e.CreditCode == code) : enterprises.Where(e => e.Name.Contains(text)))
                .OrderBy(e => e.Name).Take(PageSize).Select(e => new { e.Name, e.UnionId, e.SubDistrict }).ToListAsync(ct);
            var covering = found.Where(e => e.UnionId is not null).Select(e => e.UnionId!.Value).Distinct().ToList();
            var byId = await unions.Where(u => covering.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
            foreach (var e in found)
            {
                if (e.UnionId is long id && byId.TryGetValue(id, out var u))
                {
                    hits.Add(Hit(u, e.Name, false));
                }
                else if (e.UnionId is null && await AreaOfAsync(e.SubDistrict, unions, ct) is { } fallback)
                {
                    hits.Add(Hit(fallback, e.Name, true));
                }
            }

            if (code is null)
            {
                hits.AddRange((await unions.Where(u => u.Name.Contains(text)).OrderBy(u => u.Path).Take(PageSize).ToListAsync(ct)).Select(u => Hit(u, null, false)));
            }

            return Page(hits, pageNumber);
        }

        if (text.Length > 0 && sector is null && areaId is null)
        {
            return new PagedResult<DirectoryHit>([], 0, 1, PageSize);
        }

        // The district first, then its industrial unions, then the area federations, each by code: the order of the plan.
        var total = await unions.CountAsync(ct);
        var rows = await unions.OrderBy(u => u.ParentId == null ? 0 : u.Kind == UnionKind.IndustrialUnion ? 1 : u.Kind == UnionKind.AreaFederation ? 2 : 3).ThenBy(u => u.Code)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PagedResult<DirectoryHit>([.. rows.Select(u => Hit(u, null, false))], total, pageNumber, PageSize);
    }

    private static PagedResult<DirectoryHit> Page(List<DirectoryHit> hits, int page)
    {
        var distinct = hits.DistinctBy(h => (h.Id, h.FoundBy)).ToList();
        return new PagedResult<DirectoryHit>([.. distinct.Skip((page - 1) * PageSize).Take(PageSize)], distinct.Count, page, PageSize);
    }

    private static DirectoryHit Hit(Union u, string? foundBy, bool uncovered) =>
        new(u.Id, u.Name, u.Kind, u.Sector, Blank(u.ChairName), Blank(u.ContactPhone), foundBy, uncovered);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The area federation named after the enterprise's sub-district, or the district's federation.</summary>
    private static async Task<Union?> AreaOfAsync(string? subDistrict, IQueryable<Union> unions, CancellationToken ct) =>
        (string.IsNullOrWhiteSpace(subDistrict) ? null
            : await unions.Where(u => u.Kind == UnionKind.AreaFederation && u.Name.StartsWith(subDistrict.Trim())).OrderBy(u => u.Path).FirstOrDefaultAsync(ct))
        ?? await unions.Where(u => u.ParentId == null).FirstOrDefaultAsync(ct);

    public async Task<DirectoryEntry?> ReadAsync(long id, CancellationToken ct)
    {
        var u = await Unions.Where(x => x.Id == id).Select(x => new { Union = x, ParentName = x.Parent!.Name }).FirstOrDefaultAsync(ct);
        if (u is null)
        {
            return null;
        }

        var listing = await db.Set<UnionListing>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.UnionId == id, ct);
        var today = Infrastructure.Localization.LocalizationSetup.Today;
        var designated = await db.Set<Services.DesignatedService>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.UnionId == id && d.StartsOn <= today && (d.EndsOn == null || d.EndsOn >= today)).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct);
        var x = u.Union;
        return new DirectoryEntry(x.Id, x.Name, x.Kind, x.Sector, u.ParentName, x.ParentId, Blank(x.ChairName), Blank(x.ContactPhone),
            listing is null || listing.AddressPublic ? Blank(x.Address) : null, listing is { EmailPublic: true } ? Blank(x.ContactEmail) : null,
            listing?.OfficeHours ?? "", listing?.ServicesOffered ?? "", designated);
    }
}
