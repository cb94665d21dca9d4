using System.Globalization;
using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Members;

/// <summary>
/// <c>GET /api/v1/members?q=&amp;unionId=&amp;enterpriseId=&amp;status=&amp;reveal=</c>, and <c>POST /api/v1/members/search</c> with
/// the same fields as JSON for a whole ID number or phone, which never travels in a URL (browser history, proxy logs):
/// the GET refuses one with 400. <c>q</c> is a whole ID number or phone
/// (matched exactly through the keyed hash) or the start of a name.
/// </summary>
public sealed class ListMembers(GonghuiDbContext db, PersonalDataProtector protector, PersonalDataReveal reveal, IdentifierLookups lookups)
{
    public sealed record Filter(long? UnionId = null, long? EnterpriseId = null, MemberStatus? Status = null, bool Reveal = false);

    public async Task<Outcome<PagedResult<MemberDto>>> HandleAsync(PageQuery page, Filter filter, CancellationToken ct)
    {
        if (filter.Reveal && !reveal.Allowed)
        {
            return Outcome.Forbidden;
        }

        var (query, lookup) = Search(db.VisibleMembers().AsNoTracking(), page.Search, protector);
        if (lookup is not null && lookups.Take() is { } refused)
        {
            return refused;
        }

        if (filter.UnionId is long unionId)
        {
            query = query.Where(m => m.UnionId == unionId);
        }

        if (filter.EnterpriseId is long enterpriseId)
        {
            query = query.Where(m => m.EnterpriseId == enterpriseId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        query = (page.SortField, page.Descending) switch
        {
            ("joinedOn", false) => query.OrderBy(m => m.JoinedOn).ThenBy(m => m.Id),
            ("joinedOn", true) => query.OrderByDescending(m => m.JoinedOn).ThenBy(m => m.Id),
            // By year only: an order by the whole date would place each masked member's birthday among the others'.
            ("birthDate" or "birthYear", false) => query.OrderBy(m => m.BirthDate.Year).ThenBy(m => m.Id),
            ("birthDate" or "birthYear", true) => query.OrderByDescending(m => m.BirthDate.Year).ThenBy(m => m.Id),
            (_, true) => query.OrderByDescending(m => m.Name).ThenBy(m => m.Id),
            _ => query.OrderBy(m => m.Name).ThenBy(m => m.Id),
        };
        var paged = await page.ApplyAsync(query.ToRow(), ct);
        var rows = paged with { Items = await db.NameWorkplacesAsync(paged.Items, ct) };
        if (lookup is not null)
        {
            lookups.Record(nameof(Member), lookup, rows.Total);
        }

        if (filter.Reveal)
        {
            await reveal.RecordAsync(rows.Items.ToList(), ct);
        }
        else if (lookup is not null)
        {
            await db.SaveChangesAsync(ct);
        }

        return new PagedResult<MemberDto>(rows.Items.Select(r => r.Open(protector, filter.Reveal)).ToList(), rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>
    /// An ID number or phone is looked up by its keyed hash (and named, for the caller to limit and audit); anything else is
    /// a name prefix, as an index range.
    /// </summary>
    internal static (IQueryable<Member> Query, IdentifierLookup? Lookup) Search(IQueryable<Member> query, string? q, PersonalDataProtector protector)
    {
        if (q is null)
        {
            return (query, null);
        }

        if (IdNumber.Check(q, LocalizationSetup.Today) is { IsValid: true } id)
        {
            var hash = protector.Hash(id.Value!);
            return (query.Where(m => m.IdNumberHash == hash), new IdentifierLookup("id-number", hash));
        }

        if (MobileNumber.Clean(q) is { } phone)
        {
            var hash = protector.Hash(phone);
            return (query.Where(m => m.PhoneHash == hash), new IdentifierLookup("phone", hash));
        }

        var upper = q + '\uffff';
        return (query.Where(m => m.Name.CompareTo(q) >= 0 && m.Name.CompareTo(upper) < 0), null);
    }

    /// <summary>Whether a search text is a whole ID number or phone (looked up by its keyed hash, limited and audited).</summary>
    public static bool IsWholeIdentifier(string? q) =>
        q is { Length: > 0 } && (IdNumber.Check(q.Trim(), LocalizationSetup.Today).IsValid || MobileNumber.Clean(q.Trim()) is not null);

    /// <summary>The body of <c>POST /members/search</c>: the list's parameters, out of the URL.</summary>
    public sealed record SearchRequest([property: MaxLength(PageQuery.MaxSearchLength)] string? Q, long? UnionId, long? EnterpriseId, MemberStatus? Status, bool? Reveal, int? Page, int? PageSize, [property: MaxLength(PageQuery.MaxSortLength)] string? Sort);

    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (ListMembers h, Problems p, IStringLocalizer<SharedResource> t, int? page, int? pageSize, string? q, string? sort, long? unionId, long? enterpriseId, string? status, bool? reveal, CancellationToken ct) =>
                IsWholeIdentifier(q)
                    ? p.Validation(new Dictionary<string, string[]> { ["q"] = [t["Lookup.NotInUrl"]] })
                    : (await h.HandleAsync(new PageQuery(page, pageSize, q, sort), new Filter(unionId, enterpriseId, EnumText.Parse<MemberStatus>(status), reveal == true), ct)).ToHttp(p, TypedResults.Ok))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("ListMembers");
        g.MapPost("/search", async (SearchRequest r, ListMembers h, Problems p, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                QueryBounds.Body(t, r.Q, r.Sort, r.Page, r.PageSize) is { Any: true } errors ? p.Validation(errors.ToDictionary()) : (await h.HandleAsync(new PageQuery(r.Page, r.PageSize, r.Q, r.Sort), new Filter(r.UnionId, r.EnterpriseId, r.Status, r.Reveal == true), ct)).ToHttp(p, TypedResults.Ok))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SearchMembers");
    }
}
