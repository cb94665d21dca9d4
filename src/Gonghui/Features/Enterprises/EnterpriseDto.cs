namespace Gonghui.Features.Enterprises;

public sealed record EnterpriseDto(
    long Id,
    string Name,
    string CreditCode,
    string IndustrySection,
    string? IndustryDivision,
    SizeClass? SizeClass,
    string? SubDistrict,
    string? Address,
    int? Employees,
    decimal? Revenue,
    bool IsLeading,
    long? UnionId,
    string? UnionName,
    long? BroughtInById,
    int ActiveMembers,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

internal static class EnterpriseQueries
{
    public static IQueryable<EnterpriseDto> ToDto(this IQueryable<Enterprise> enterprises) =>
        enterprises.Select(e => new EnterpriseDto(
            e.Id, e.Name, e.CreditCode, e.IndustrySection, e.IndustryDivision, e.SizeClass, e.SubDistrict, e.Address, e.Employees, e.Revenue,
            e.IsLeading, e.UnionId, e.Union != null ? e.Union.Name : null, e.BroughtInById, e.ActiveMembers, e.Version, e.CreatedAt, e.UpdatedAt));
}
