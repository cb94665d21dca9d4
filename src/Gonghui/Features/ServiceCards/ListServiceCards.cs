using Gonghui.Features.Organisation;
using System.ComponentModel.DataAnnotations;
using Gonghui.Features.ServiceCards.Rules;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.ServiceCards;

/// <summary>
/// <c>GET /api/v1/service-cards?q=&amp;unionId=&amp;underUnionId=&amp;status=&amp;leavers=&amp;reveal=</c>, and <c>POST /api/v1/service-cards/search</c>
/// with the same fields as JSON for a whole card number, which never travels in a URL: matched exactly through its keyed
/// hash, limited and audited like an ID number. Otherwise <c>q</c> is the start of the holder's name. A reveal (roles that
/// may see personal data whole) is audited.
/// </summary>
public sealed class ListServiceCards(GonghuiDbContext db, ServiceCardReader reader, PersonalDataProtector protector, CurrentActor actor, IdentifierLookups lookups)
{
    /// <param name="Leavers">Only the cards still open of members who have left: the list for cancellation.</param>
    public sealed record Filter(long? UnionId = null, long? UnderUnionId = null, ServiceCardStatus? Status = null, bool Reveal = false, bool Leavers = false);

    public async Task<Outcome<PagedResult<ServiceCardDto>>> HandleAsync(PageQuery page, Filter filter, CancellationToken ct)
    {
        if (filter.Reveal && !actor.MayRevealPersonalData)
        {
            return Outcome.Forbidden;
        }

        var query = Query(filter);
        IdentifierLookup? lookup = null;
        if (page.Search is { } q)
        {
            if (ServiceCardRule.CleanNumber(q) is { } number)
            {
                if (lookups.Take() is { } refused)
                {
                    return refused;
                }

                var hash = protector.Hash(number);
                lookup = new IdentifierLookup("card-number", hash);
                query = query.Where(c => c.CardNumberHash == hash);
            }
            else
            {
                var upper = q + '\uffff';
                query = query.Where(c => c.Member!.Name.CompareTo(q) >= 0 && c.Member.Name.CompareTo(upper) < 0);
            }
        }

        query = (page.SortField, page.Descending) switch
        {
            ("issuedOn", false) => query.OrderBy(c => c.IssuedOn).ThenBy(c => c.Id),
            ("issuedOn", true) => query.OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Id),
            ("appliedOn", false) => query.OrderBy(c => c.AppliedOn).ThenBy(c => c.Id),
            ("appliedOn", true) => query.OrderByDescending(c => c.AppliedOn).ThenBy(c => c.Id),
            (_, true) => query.OrderByDescending(c => c.Member!.Name).ThenBy(c => c.Id),
            _ => query.OrderBy(c => c.Member!.Name).ThenBy(c => c.Id),
        };
        var rows = await page.ApplyAsync(reader.Rows(query), ct);
        if (lookup is not null)
        {
            lookups.Record(nameof(ServiceCard), lookup, rows.Total);
        }

        if (filter.Reveal && rows.Items.Count > 0)
        {
            db.RecordEvent("reveal", nameof(ServiceCard), rows.Items.Count == 1 ? rows.Items[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                $"{{\"cards\":[{string.Join(',', rows.Items.Select(r => r.Id))}]}}", rows.Items.Count == 1 ? rows.Items[0].UnionId : null);
        }

        if (lookup is not null || (filter.Reveal && rows.Items.Count > 0))
        {
            await db.SaveChangesAsync(ct);
        }

        return new PagedResult<ServiceCardDto>(rows.Items.Select(r => r.Open(protector, filter.Reveal)).ToList(), rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>The cards the filters select, unordered.</summary>
    internal IQueryable<ServiceCard> Query(Filter filter)
    {
        var query = reader.Visible().AsNoTracking();
        if (filter.UnionId is long unionId)
        {
            query = query.Where(c => c.Member!.UnionId == unionId);
        }

        if (filter.UnderUnionId is long under)
        {
            var path = db.Unions.IgnoreQueryFilters().Where(u => u.Id == under).Select(u => u.Path);
            query = query.Where(c => path.Any(p => c.Member!.Union!.Path.StartsWith(p)));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Leavers)
        {
            query = query.Where(c => c.Status != ServiceCardStatus.Cancelled && c.Member!.Status != Members.MemberStatus.Active);
        }

        return query;
    }

    /// <summary>Whether a search text is a whole card number (looked up by its keyed hash, limited and audited).</summary>
    public static bool IsWholeNumber(string? q) => ServiceCardRule.CleanNumber(q) is not null;

    /// <summary>The body of <c>POST /service-cards/search</c>: the list's parameters, out of the URL.</summary>
    public sealed record SearchRequest([property: MaxLength(PageQuery.MaxSearchLength)] string? Q, long? UnionId, long? UnderUnionId, ServiceCardStatus? Status, bool? Leavers, bool? Reveal,
        int? Page, int? PageSize, [property: MaxLength(PageQuery.MaxSortLength)] string? Sort);

    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/", async (ListServiceCards h, Problems p, IStringLocalizer<SharedResource> t, int? page, int? pageSize, string? q, string? sort, long? unionId, long? underUnionId,
                    string? status, bool? leavers, bool? reveal, CancellationToken ct) =>
                IsWholeNumber(q)
                    ? p.Validation(new Dictionary<string, string[]> { ["q"] = [t["Lookup.NotInUrl"]] })
                    : (await h.HandleAsync(new PageQuery(page, pageSize, q, sort), new Filter(unionId, underUnionId, EnumText.Parse<ServiceCardStatus>(status), reveal == true, leavers == true), ct))
                        .ToHttp(p, TypedResults.Ok))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("ListServiceCards");
        g.MapPost("/search", async (SearchRequest r, ListServiceCards h, Problems p, IStringLocalizer<SharedResource> t, CancellationToken ct) =>
                QueryBounds.Body(t, r.Q, r.Sort, r.Page, r.PageSize) is { Any: true } errors ? p.Validation(errors.ToDictionary()) : (await h.HandleAsync(new PageQuery(r.Page, r.PageSize, r.Q, r.Sort), new Filter(r.UnionId, r.UnderUnionId, r.Status, r.Reveal == true, r.Leavers == true), ct)).ToHttp(p, TypedResults.Ok))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SearchServiceCards");
    }
}
