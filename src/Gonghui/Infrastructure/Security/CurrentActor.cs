using System.Security.Claims;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// Who is acting in this scope (an HTTP request, a Blazor circuit, a CLI command), and where in the union tree.
/// Set once by <see cref="ActorResolver"/>; everything else reads it. Unset means no rights at all.
/// </summary>
public sealed class CurrentActor
{
    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public IReadOnlySet<string> Roles { get; private set; } = new HashSet<string>();

    public long? UnionId { get; private set; }

    /// <summary>Materialised path of the actor's union (<c>/1/7/</c>); its descendants' paths start with it.</summary>
    public string? UnionPath { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>The console session acting (a cookie's or a circuit's); null for an API token and the system.</summary>
    public string? SessionId { get; private set; }

    public bool IsSystem { get; private set; }

    public bool IsAuthenticated => IsSystem || UserId is not null;

    public bool SeesAllUnions => IsSystem || IsInRole(Security.Roles.DistrictAdmin) || IsInRole(Security.Roles.DistrictStaff);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>District records (no union yet): the district's own staff keep them.</summary>
    public bool CanWriteDistrictRecords => IsSystem || IsInRole(Security.Roles.DistrictAdmin) || IsInRole(Security.Roles.DistrictStaff);

    /// <summary>Who may see ID numbers and phones whole (asking with <c>?reveal=true</c>, audited): the admin roles, within their scope.</summary>
    public bool MayRevealPersonalData => IsSystem || IsInRole(Security.Roles.DistrictAdmin) || IsInRole(Security.Roles.UnionAdmin);

    /// <summary>Whether the actor may write records of the union at <paramref name="path"/>.</summary>
    public bool CanWriteUnder(string path) =>
        IsSystem || IsInRole(Security.Roles.DistrictAdmin)
        || (UnionPath is not null && (IsInRole(Security.Roles.UnionAdmin) || IsInRole(Security.Roles.UnionStaff))
            && path.StartsWith(UnionPath, StringComparison.Ordinal));

    /// <summary>Whether the actor writes registry records anywhere at all (a page offers its "new" and "edit" buttons).</summary>
    public bool CanWriteRegistry => CanWriteDistrictRecords || IsInRole(Security.Roles.UnionAdmin) || IsInRole(Security.Roles.UnionStaff);

    /// <summary>Registry records (enterprises, members) of the union at <paramref name="path"/>: district staff keep them everywhere.</summary>
    public bool CanWriteRegistryUnder(string path) => CanWriteDistrictRecords || CanWriteUnder(path);

    public void SetUser(ClaimsPrincipal principal, string? unionPath, string? ipAddress)
    {
        UserId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        UserName = principal.FindFirstValue(ClaimTypes.Name);
        Roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        UnionId = long.TryParse(principal.FindFirstValue(GonghuiClaims.UnionId), out var id) ? id : null;
        UnionPath = unionPath;
        IpAddress = ipAddress;
        SessionId = principal.FindFirstValue(GonghuiClaims.SessionId);
    }

    public void SetAnonymous(string? ipAddress) => IpAddress = ipAddress;

    /// <summary>The command line and start-up work act as the system: unscoped, audited as "system".</summary>
    public void SetSystem(string name)
    {
        IsSystem = true;
        UserName = name;
    }
}
