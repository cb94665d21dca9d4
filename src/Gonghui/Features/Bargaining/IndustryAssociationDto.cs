using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Bargaining;

public sealed record IndustryAssociationDto(
    long Id, string Name, AssociationKind Kind, string? CreditCode, string IndustrySection, string? Address, string? Contact,
    long? UnionId, string? UnionName, long Version, DateTime CreatedAt, DateTime UpdatedAt);

internal static class IndustryAssociationQueries
{
    public static IQueryable<IndustryAssociationDto> ToDto(this IQueryable<IndustryAssociation> associations) =>
        associations.Select(a => new IndustryAssociationDto(
            a.Id, a.Name, a.Kind, a.CreditCode, a.IndustrySection, a.Address, a.Contact, a.UnionId, a.Union != null ? a.Union.Name : null,
            a.Version, a.CreatedAt, a.UpdatedAt));

    public static Task<IndustryAssociationDto> ReadAsync(GonghuiDbContext db, long id, CancellationToken ct) =>
        db.Set<IndustryAssociation>().AsNoTracking().Where(a => a.Id == id).ToDto().FirstAsync(ct);

    /// <summary>The association, or why not: 404 when it does not exist, 403 when another union keeps it.</summary>
    public static async Task<Outcome<IndustryAssociation>> FindWritableAsync(GonghuiDbContext db, CurrentActor actor, long id, CancellationToken ct)
    {
        var found = await db.Set<IndustryAssociation>().Where(a => a.Id == id)
            .Select(a => new { Association = a, Path = a.Union != null ? a.Union.Path : null }).FirstOrDefaultAsync(ct);
        return found is null ? Outcome.NotFound
            : (found.Path is null ? actor.CanWriteDistrictRecords : actor.CanWriteRegistryUnder(found.Path)) ? found.Association
            : Outcome.Forbidden;
    }
}
