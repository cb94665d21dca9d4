namespace Gonghui.Features.Organisation;

/// <summary>A union as the API and the console show it. Instants are UTC (<c>…Z</c>); the console shows Beijing time.</summary>
public sealed record UnionDto(
    long Id,
    string Code,
    string Name,
    UnionKind Kind,
    IndustrySector? Sector,
    long? ParentId,
    int Depth,
    string? ChairName,
    Rules.GrassrootsForm? Form,
    string? ContactPhone,
    string? ContactEmail,
    string? Address,
    bool HasChildren,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

internal static class UnionQueries
{
    /// <summary>Projects visible unions; <paramref name="all"/> is the same filtered set, so children outside the scope stay unseen.</summary>
    public static IQueryable<UnionDto> ToDto(this IQueryable<Union> unions, IQueryable<Union> all) =>
        unions.Select(u => new UnionDto(
            u.Id, u.Code, u.Name, u.Kind, u.Sector, u.ParentId, u.Depth, u.ChairName, u.Form, u.ContactPhone, u.ContactEmail, u.Address,
            all.Any(c => c.ParentId == u.Id), u.Version, u.CreatedAt, u.UpdatedAt));
}
