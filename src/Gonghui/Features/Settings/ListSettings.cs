using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Settings;

/// <param name="Value">The value in force; <paramref name="Default"/> is what it would be without the district's.</param>
/// <param name="Version">The stored row's version when the district has set it (send it back to change or reset it).</param>
public sealed record SettingDto(string Key, string Rule, SettingKind Kind, string Label, string Value, string Default, bool Overridden,
    decimal Min, decimal Max, IReadOnlyList<string>? Choices, long? Version, DateTime? UpdatedAt);

/// <summary><c>GET /api/v1/settings</c>: every parameter the district may set, by rule, with its default and the value in force.</summary>
public sealed class ListSettings(Infrastructure.Data.GonghuiDbContext db, DistrictSettings settings, IStringLocalizer<SharedResource> t)
{
    public async Task<IReadOnlyList<SettingDto>> HandleAsync(CancellationToken ct)
    {
        var stored = await db.Set<DistrictSetting>().AsNoTracking().ToDictionaryAsync(s => s.Key, StringComparer.OrdinalIgnoreCase, ct);
        return settings.Definitions.Select(d =>
        {
            var row = stored.GetValueOrDefault(d.Key);
            var fallback = settings.DefaultOf(d);
            return new SettingDto(d.Key, d.Rule, d.Kind, t[d.LabelKey, d.Min], row?.Value ?? fallback, fallback, row is not null, d.Min, d.Max, d.Choices, row?.Version, row?.UpdatedAt);
        }).ToList();
    }

    public static void Map(RouteGroupBuilder g) =>
        g.MapGet("/", async (ListSettings h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithName("ListSettings");
}
