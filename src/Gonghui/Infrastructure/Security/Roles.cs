namespace Gonghui.Infrastructure.Security;

public static class Roles
{
    public const string DistrictAdmin = "district-admin";
    public const string DistrictStaff = "district-staff";
    public const string UnionAdmin = "union-admin";
    public const string UnionStaff = "union-staff";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All = [DistrictAdmin, DistrictStaff, UnionAdmin, UnionStaff, Auditor];

    /// <summary>Roles bound to one node of the union tree and everything below it.</summary>
    public static bool IsUnionScoped(string role) => role is UnionAdmin or UnionStaff;
}

public static class Policies
{
    /// <summary>Reads the organisation tree: every staff role.</summary>
    public const string ReadOrganisation = "read-organisation";

    /// <summary>Changes the organisation tree and accounts: the admin roles, each within its scope.</summary>
    public const string Administer = "administer";

    public const string ReadAudit = "read-audit";

    /// <summary>Keeps the registry (enterprises, and later rosters): district staff and union staff, each within its scope.</summary>
    public const string WriteRegistry = "write-registry";

    /// <summary>Sets the district's parameters (thresholds, due days, exemptions): district administrators.</summary>
    public const string SetDistrictSettings = "set-district-settings";

    /// <summary>Signed in with any role.</summary>
    public const string SignedIn = "signed-in";
}

public static class GonghuiClaims
{
    public const string UnionId = "gonghui:union";
    public const string SessionId = "gonghui:session";
    public const string DisplayName = "gonghui:name";
}
