using Gonghui.Infrastructure.Security;
using Gonghui.Infrastructure.Settings;

namespace Gonghui.Features.Accounts;

/// <summary>
/// Which roles must sign in with a second factor (MLPS level 3 asks two factors of administrators, one of them
/// cryptographic): a district setting, by default the district's administrators and staff and the auditors, whose
/// accounts read everything. Configuration section <c>Accounts</c> for its default.
/// </summary>
public sealed record TwoFactorSettings : IDistrictSettingsSection
{
    public const string DefaultRoles = Roles.DistrictAdmin + "," + Roles.DistrictStaff + "," + Roles.Auditor;

    public const string RolesKey = "Accounts:TwoFactorRoles";

    public static string Section => "Accounts";

    public static IEnumerable<SettingDefinition> Definitions =>
        [new(RolesKey, "MLPS", SettingKind.Choices, DefaultRoles, Choices: Roles.All, ChoiceWords: "Role")];

    /// <summary>Roles, comma-separated.</summary>
    public string TwoFactorRoles { get; init; } = DefaultRoles;

    public bool IsRequiredFor(IEnumerable<string> roles)
    {
        var required = TwoFactorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return roles.Any(r => required.Contains(r, StringComparer.OrdinalIgnoreCase));
    }
}
