using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Settings;

/// <summary><c>DELETE /api/v1/settings?key=&amp;version=</c>: the district's value is dropped and the default is in force again (audited).</summary>
public sealed class ResetSetting(GonghuiDbContext db, DistrictSettings settings, ListSettings list, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<SettingDto>> HandleAsync(string? key, long? version, CancellationToken ct)
    {
        if (settings.Find(key ?? "") is not { } definition)
        {
            return Outcome.Invalid("key", t["Setting.KeyUnknown"]);
        }

        if (await db.Set<DistrictSetting>().FirstOrDefaultAsync(s => s.Key == definition.Key, ct) is { } row)
        {
            if (await db.TryDeleteAsync(row, version, ct) != DeleteResult.Deleted)
            {
                return Outcome.Stale;
            }

            settings.Invalidate();
        }

        return (await list.HandleAsync(ct)).Single(s => s.Key == definition.Key);
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapDelete("/", async (string? key, long? version, ResetSetting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(key, version, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.SetDistrictSettings)
            .WithName("ResetSetting");
}
