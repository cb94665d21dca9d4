using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Organisation;
using System.Globalization;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.Settings;

public sealed record SettingInput([property: MaxLength(100)][property: RegularExpression("^[A-Za-z0-9:._-]+$")] string? Key, [property: MaxLength(1000)] string? Value, long? Version);

/// <summary>
/// <c>PUT /api/v1/settings</c>: the district sets a parameter (district administrators only). The value is checked against
/// its kind and bounds and stored normalised; the change is audited (old and new value) and in force at once.
/// </summary>
public sealed class SetSetting(GonghuiDbContext db, DistrictSettings settings, ListSettings list, IStringLocalizer<SharedResource> t)
{
    public async Task<Outcome<SettingDto>> HandleAsync(SettingInput input, CancellationToken ct)
    {
        if (settings.Find(input.Key ?? "") is not { } definition)
        {
            return Outcome.Invalid("key", t["Setting.KeyUnknown"]);
        }

        if (await NormaliseAsync(definition, input.Value, ct) is not { } value)
        {
            return Outcome.Invalid("value", Bounds(definition));
        }

        var row = await db.Set<DistrictSetting>().FirstOrDefaultAsync(s => s.Key == definition.Key, ct);
        if (row is null)
        {
            db.Add(new DistrictSetting { Key = definition.Key, Value = value });
            await db.SaveChangesAsync(ct);
        }
        else
        {
            row.Value = value;
            if (!await db.TrySaveAsync(row, input.Version, ct))
            {
                return Outcome.Stale;
            }
        }

        settings.Invalidate();
        return (await list.HandleAsync(ct)).Single(s => s.Key == definition.Key);
    }

    private string Bounds(SettingDefinition d) => d.Kind switch
    {
        SettingKind.Count => t["Setting.IntegerInvalid", d.Min, d.Max],
        SettingKind.Rate => t["Setting.RateInvalid"],
        SettingKind.Amount => t["Setting.AmountInvalid"],
        SettingKind.Choices => t["Setting.ChoicesInvalid", string.Join(", ", d.Choices ?? [])],
        SettingKind.HolidayNotice => t["Setting.HolidayNoticeInvalid", d.Min],
        _ => t["Setting.UnionCodesInvalid"],
    };

    /// <summary>The value as stored (invariant digits, canonical names), or null when it does not fit the definition.</summary>
    private async Task<string?> NormaliseAsync(SettingDefinition d, string? raw, CancellationToken ct)
    {
        var text = (raw ?? "").Trim();
        switch (d.Kind)
        {
            case SettingKind.Count:
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= d.Min && n <= d.Max ? n.ToString(CultureInfo.InvariantCulture) : null;
            case SettingKind.Rate:
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var r) && r >= 0 && r <= 1 ? r.ToString("0.####", CultureInfo.InvariantCulture) : null;
            case SettingKind.Amount:
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && a >= d.Min && a <= d.Max ? a.ToString("0.##", CultureInfo.InvariantCulture) : null;
            case SettingKind.Choices:
                var picked = Items(text).Select(i => d.Choices?.FirstOrDefault(c => string.Equals(c, i, StringComparison.OrdinalIgnoreCase))).ToList();
                return picked.Any(p => p is null) ? null : string.Join(',', picked.Distinct());
            case SettingKind.HolidayNotice:
                return Infrastructure.Rules.HolidayNotice.Parse((int)d.Min, text)?.Format();
            default:
                var codes = Items(text).Select(i => i.ToUpperInvariant()).Distinct().ToList();
                var known = await db.Unions.IgnoreQueryFilters().Where(u => codes.Contains(u.Code)).Select(u => u.Code).ToListAsync(ct);
                return known.Count == codes.Count ? string.Join(',', codes) : null;
        }
    }

    private static string[] Items(string text) => text.Split([',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/", async (SettingInput input, SetSetting h, Problems p, CancellationToken ct) =>
                (await h.HandleAsync(input, ct)).ToHttp(p, TypedResults.Ok))
            .RequireAuthorization(Policies.SetDistrictSettings)
            .WithName("SetSetting");
}
