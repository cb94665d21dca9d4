using Gonghui.Features.Organisation;
using Gonghui.Features.Portal;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Demo;

/// <summary>
/// Part of <c>gonghui seed demo</c>: the directory in every state — the industrial unions and area federations with
/// office hours and services, one hiding its address and one showing its e-mail; three grassroots unions of the
/// cultural-creative union with no chair or phone on record (R13 not met there).
/// </summary>
public sealed class SeedDemoPortal(GonghuiDbContext db, UnionListings listings)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var listed = await db.Unions.IgnoreQueryFilters().Where(u => u.Kind == UnionKind.IndustrialUnion || u.Kind == UnionKind.AreaFederation).OrderBy(u => u.Code)
            .Select(u => u.Id).ToListAsync(ct);
        for (var i = 0; i < listed.Count; i++)
        {
            SeedDemo.Require(await listings.SaveAsync(listed[i], new UnionListingInput(i != 1, i == 2, "工作日 9:00–17:00（午休 12:00–13:30）",
                "法律咨询与劳动争议调解\n困难职工帮扶和大病救助申请\n京卡办理与互助服务\n职工技能培训报名", null), ct), "listing");
        }

        var unlisted = await db.Unions.IgnoreQueryFilters().Where(u => u.Kind == UnionKind.GrassrootsUnion && u.Parent!.Code == "CY-WC").OrderBy(u => u.Code).Take(3).ToListAsync(ct);
        foreach (var (u, i) in unlisted.Select((u, i) => (u, i)))
        {
            // One without a chair, one without a phone, one with neither: each keeps R13 short.
            u.ChairName = i == 1 ? u.ChairName : null;
            u.ContactPhone = i == 0 ? u.ContactPhone : null;
        }

        await db.SaveChangesAsync(ct);
        return listed.Count;
    }
}
