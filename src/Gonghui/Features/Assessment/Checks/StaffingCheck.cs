using Gonghui.Features.Organisation;
using Gonghui.Features.Assessment.Rules;
using Gonghui.Features.Members;
using Gonghui.Features.Officers;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Assessment.Checks;

/// <summary>R18: each industrial union's members (its own and its unions') and officers in post, on the day the figures stand on.</summary>
public sealed class StaffingCheck(GonghuiDbContext db) : IComplianceCheck
{
    public string Rule => "R18";

    public string Module => "Officers";

    public async Task<IReadOnlyDictionary<long, RuleVerdict>> EvaluateAsync(ComplianceContext context, CancellationToken ct)
    {
        var settings = context.Settings.Get<StaffingSettings>();
        var members = context.AsOf >= LocalizationSetup.Today ? await ActiveAsync(ct) : await OnAsync(context.AsOf, ct);
        var paths = await db.Unions.IgnoreQueryFilters().AsNoTracking().Select(u => new { u.Id, u.Path }).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var perUnion = members.GroupBy(m => context.Owner(paths.GetValueOrDefault(m.Key))).Where(g => g.Key is not null).ToDictionary(g => g.Key!.Id, g => g.Sum(m => m.Value));
        var ids = context.Unions.Select(u => u.Id).ToList();
        var asOf = context.AsOf;
        var officers = await db.Officers.IgnoreQueryFilters().AsNoTracking()
            .Where(o => ids.Contains(o.UnionId) && o.StartOn <= asOf && (o.EndOn == null || o.EndOn >= asOf))
            .OrderBy(o => o.StartOn).Select(o => new { o.Id, o.UnionId, o.Post, o.Name, o.StartOn }).ToListAsync(ct);
        return context.Unions.ToDictionary(u => u.Id, u => StaffingCompliance.Evaluate(perUnion.GetValueOrDefault(u.Id),
            officers.Where(o => o.UnionId == u.Id).Select(o => new Evidence("officer", o.Id, $"{o.Post} {o.Name}", o.StartOn, $"/api/v1/officers/{o.Id}", "/organisation/officers")).ToList(),
            settings.BaseOfficers, settings.MembersPerOfficer));
    }

    /// <summary>Today: active members per union, read from the (union, status) index alone.</summary>
    private async Task<Dictionary<long, int>> ActiveAsync(CancellationToken ct) =>
        await db.Members.IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == MemberStatus.Active)
            .GroupBy(m => m.UnionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>A past day: joined by then and not yet gone; a transferred-in record counts from the day it was recorded.</summary>
    private async Task<Dictionary<long, int>> OnAsync(DateOnly date, CancellationToken ct)
    {
        var recordedBy = TimeZoneInfo.ConvertTimeToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue), LocalizationSetup.Shanghai);
        return await db.Members.IgnoreQueryFilters().AsNoTracking()
            .Where(m => (m.JoinedOn == null || m.JoinedOn <= date) && (m.EndedOn == null || m.EndedOn > date) && (m.TransferredFromId == null || m.CreatedAt < recordedBy))
            .GroupBy(m => m.UnionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
