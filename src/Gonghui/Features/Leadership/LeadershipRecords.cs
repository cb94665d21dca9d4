using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Leadership;

public sealed record LeadershipSessionInput(LeadershipSessionKind? Kind, DateOnly? HeldOn, [property: MaxLength(200)] string? Title, [property: MaxLength(4000)] string? Topics, [property: MaxLength(4000)] string? Conclusions, IReadOnlyList<long>? UnionIds, long? Version);

public sealed record UnionRef(long Id, string Name);

public sealed record LeadershipSessionDto(long Id, LeadershipSessionKind Kind, DateOnly HeldOn, string Title, string Topics, string Conclusions, IReadOnlyList<UnionRef> Unions, long Version);

/// <summary>What the leadership use cases share: who may write (the district's staff), the checks, reading back.</summary>
public sealed class LeadershipRecords(GonghuiDbContext db, CurrentActor actor, IStringLocalizer<SharedResource> t)
{
    public bool CanWrite => actor.CanWriteDistrictRecords;

    public async Task<Outcome<LeadershipSession>> FindAsync(long id, CancellationToken ct)
    {
        var found = await db.Set<LeadershipSession>().IgnoreQueryFilters().Include(s => s.Unions).FirstOrDefaultAsync(s => s.Id == id, ct);
        return found is null ? Outcome.NotFound : CanWrite ? found : Outcome.Forbidden;
    }

    /// <summary>Checks the input into <paramref name="target"/>: a hearing names the industrial unions it heard.</summary>
    public async Task CheckAsync(LeadershipSessionInput input, ValidationErrors e, LeadershipSession target, CancellationToken ct)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", t["Leadership.KindRequired"]);
        }

        if (input.HeldOn is not { } on || on > LocalizationSetup.Today || on.Year < 2000)
        {
            e.Add("heldOn", t["Bargaining.DateInvalid"]);
        }

        var title = e.Required(t, "title", input.Title, 200, "Common.TitleRequired");
        var topics = e.Required(t, "topics", input.Topics, 4000, "Leadership.TopicsRequired");
        var conclusions = e.Optional(t, "conclusions", input.Conclusions, 4000) ?? "";
        var unionIds = (input.UnionIds ?? []).Distinct().ToList();
        if (input.Kind == LeadershipSessionKind.LeadershipHearing && unionIds.Count == 0)
        {
            e.Add("unionIds", t["Leadership.UnionsRequired"]);
        }
        else if (unionIds.Count > 0
            && await db.Unions.IgnoreQueryFilters().CountAsync(u => unionIds.Contains(u.Id) && u.Kind == UnionKind.IndustrialUnion, ct) != unionIds.Count)
        {
            e.Add("unionIds", t["Leadership.UnionsInvalid"]);
        }

        if (e.Any)
        {
            return;
        }

        target.Kind = input.Kind!.Value;
        target.HeldOn = input.HeldOn!.Value;
        target.Title = title!;
        target.Topics = topics!;
        target.Conclusions = conclusions;
        target.Unions.RemoveAll(u => !unionIds.Contains(u.UnionId));
        target.Unions.AddRange(unionIds.Where(id => target.Unions.All(u => u.UnionId != id)).Select(id => new LeadershipSessionUnion { UnionId = id }));
    }

    /// <summary>The industrial unions a session may name, for the console's picker.</summary>
    public Task<List<UnionRef>> IndustrialUnionsAsync(CancellationToken ct) =>
        db.Unions.AsNoTracking().Where(u => u.Kind == UnionKind.IndustrialUnion).OrderBy(u => u.Code).Select(u => new UnionRef(u.Id, u.Name)).ToListAsync(ct);

    public async Task<LeadershipSessionDto?> ReadAsync(long id, CancellationToken ct, bool ignoreScope = false)
    {
        var query = ignoreScope ? db.Set<LeadershipSession>().IgnoreQueryFilters() : db.Set<LeadershipSession>();
        var s = await query.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return null;
        }

        var unions = await db.Set<LeadershipSessionUnion>().IgnoreQueryFilters().AsNoTracking().Where(u => u.SessionId == id)
            .Join(db.Unions.IgnoreQueryFilters(), x => x.UnionId, u => u.Id, (x, u) => new { u.Id, u.Name }).OrderBy(u => u.Id).Select(u => new UnionRef(u.Id, u.Name)).ToListAsync(ct);
        return new LeadershipSessionDto(s.Id, s.Kind, s.HeldOn, s.Title, s.Topics, s.Conclusions, unions, s.Version);
    }
}
