namespace Gonghui.Features.Officers;

public sealed record PostingDto(long Id, PostingKind Kind, DateOnly StartOn, DateOnly? EndOn, string Description);

public sealed record OfficerDto(
    long Id,
    long UnionId,
    string UnionName,
    string Name,
    string Post,
    bool FullTime,
    DateOnly StartOn,
    DateOnly? EndOn,
    IReadOnlyList<PostingDto> Postings,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

internal static class OfficerQueries
{
    public static IQueryable<OfficerDto> ToDto(this IQueryable<Officer> officers) =>
        officers.Select(o => new OfficerDto(
            o.Id, o.UnionId, o.Union!.Name, o.Name, o.Post, o.FullTime, o.StartOn, o.EndOn,
            o.Postings.OrderBy(p => p.StartOn).ThenBy(p => p.Id).Select(p => new PostingDto(p.Id, p.Kind, p.StartOn, p.EndOn, p.Description)).ToList(),
            o.Version, o.CreatedAt, o.UpdatedAt));
}
